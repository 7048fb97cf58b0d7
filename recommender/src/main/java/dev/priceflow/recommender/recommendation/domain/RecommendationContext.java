package dev.priceflow.recommender.recommendation.domain;

import dev.priceflow.contracts.Sku;

/** Where the shopper is: {@code home}, {@code product:{sku}} or {@code cart}. */
public sealed interface RecommendationContext {

    record Home() implements RecommendationContext {
    }

    record ProductPage(String sku) implements RecommendationContext {
    }

    record Cart() implements RecommendationContext {
    }

    /** Parses the query parameter; a malformed value is an {@link InvalidField} on {@code context}. */
    static RecommendationContext parse(String raw) {
        if (raw == null || raw.isBlank() || raw.equals("home")) {
            return new Home();
        }
        if (raw.equals("cart")) {
            return new Cart();
        }
        if (raw.startsWith("product:")) {
            String sku = raw.substring("product:".length());
            if (!Sku.isWellFormed(sku)) {
                throw new InvalidField("context", "'" + raw + "' does not name a well-formed SKU (product:{sku})");
            }
            return new ProductPage(sku);
        }
        throw new InvalidField("context", "must be home, cart or product:{sku}, got '" + raw + "'");
    }

    default String label() {
        return switch (this) {
            case Home h -> "home";
            case Cart c -> "cart";
            case ProductPage p -> "product:" + p.sku();
        };
    }
}
