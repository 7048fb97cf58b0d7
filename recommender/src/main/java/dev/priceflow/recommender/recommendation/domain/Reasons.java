package dev.priceflow.recommender.recommendation.domain;

import java.util.Map;

/** Reason texts a shopper reads, one per candidate source. */
final class Reasons {

    static final String EXPLORE = "something different to explore";

    private Reasons() {
    }

    static String of(Candidate c, Map<String, Product> products) {
        String seed = c.becauseOf() == null || c.source() == Source.TRENDING ? null
                : products.containsKey(c.becauseOf()) ? products.get(c.becauseOf()).name() : c.becauseOf();
        return switch (c.source()) {
            case EMBEDDING -> "matches your taste (items you viewed and bought)";
            case CO_PURCHASE -> seed == null ? "often bought together" : "often bought together with " + seed;
            case CO_VIEW -> seed == null ? "shoppers also viewed" : "shoppers who viewed " + seed + " also viewed this";
            case CONTENT -> seed == null ? "similar product" : "similar to " + seed;
            case POPULAR -> "popular with shoppers";
            case TRENDING -> "rising in " + (c.becauseOf() != null ? c.becauseOf()
                    : products.containsKey(c.sku()) ? products.get(c.sku()).category() : "its category") + " this week";
        };
    }
}
