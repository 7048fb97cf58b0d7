package dev.priceflow.recommender.recommendation.domain;

import java.math.BigDecimal;

/** A validated request: context, 1..{@code maxLimit} items, optional category and maximum list price. */
public record RecommendationQuery(RecommendationContext context, int limit, String category, BigDecimal maxPrice) {

    public static RecommendationQuery of(String context, Integer limit, String category, String maxPrice,
                                         int defaultLimit, int maxLimit) {
        int n = limit == null ? defaultLimit : limit;
        if (n < 1 || n > maxLimit) {
            throw new InvalidField("limit", "must be between 1 and " + maxLimit + ", got " + n);
        }
        BigDecimal max = null;
        if (maxPrice != null && !maxPrice.isBlank()) {
            try {
                max = new BigDecimal(maxPrice);
            } catch (NumberFormatException e) {
                throw new InvalidField("maxPrice", "'" + maxPrice + "' is not a decimal amount");
            }
            if (max.signum() <= 0) {
                throw new InvalidField("maxPrice", "must be positive, got " + maxPrice);
            }
        }
        String cat = category == null || category.isBlank() ? null : category.trim();
        if (cat != null && !cat.matches("[a-z0-9-]{1,64}")) {
            throw new InvalidField("category", "must be 1-64 of a-z, 0-9 and '-', got '" + category + "'");
        }
        return new RecommendationQuery(RecommendationContext.parse(context), n, cat, max);
    }

    /** Cache field for this request (the shopper is the cache key). */
    public String cacheField() {
        return context.label() + "|" + limit + "|" + (category == null ? "" : category) + "|"
                + (maxPrice == null ? "" : maxPrice.toPlainString());
    }
}
