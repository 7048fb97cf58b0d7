package dev.priceflow.recommender.recommendation.application;

/** The {@code product:{sku}} context names a SKU the catalogue does not know. */
public final class UnknownContextSku extends RuntimeException {

    private final String sku;

    public UnknownContextSku(String sku) {
        super("context: unknown SKU " + sku, null, false, false);
        this.sku = sku;
    }

    public String sku() {
        return sku;
    }
}
