package dev.priceflow.trends.domain;

/** One counted behaviour on one product, with the product's catalogue category. */
public record Activity(String sku, String category, ActivityKind kind) {
}
