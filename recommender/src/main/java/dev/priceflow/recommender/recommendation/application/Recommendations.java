package dev.priceflow.recommender.recommendation.application;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.priceflow.contracts.api.PriceQuote;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The answer of {@code GET /api/v1/recommendations}. {@code priceDegraded} is true when pricing did not answer:
 * every item then carries its list price as {@code price} and {@code priceDegraded: true}.
 */
public record Recommendations(String context, boolean coldStart, boolean priceDegraded, Instant generatedAt,
                              List<Item> items) {

    public Recommendations {
        items = List.copyOf(items);
    }

    /** One recommended product with its (personal or list) price and why it is shown. */
    public record Item(String sku, String name, String category, String currency,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal listPrice,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
                       boolean personalized, boolean priceDegraded,
                       List<PriceQuote.ExplanationStep> priceExplanation, UUID quoteId, Instant quoteExpiresAt,
                       double score, List<String> reasons) {

        public Item {
            priceExplanation = priceExplanation == null ? List.of() : List.copyOf(priceExplanation);
            reasons = List.copyOf(reasons);
        }
    }
}
