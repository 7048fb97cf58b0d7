package dev.priceflow.profile.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** What the catalogue says about a SKU: its category and list price (null when unknown). */
public record ProductFacts(String sku, String category, BigDecimal listPrice) {

    public static final String UNKNOWN_CATEGORY = "unknown";

    public ProductFacts {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(category, "category");
    }

    public static ProductFacts unknown(String sku) {
        return new ProductFacts(sku, UNKNOWN_CATEGORY, null);
    }
}
