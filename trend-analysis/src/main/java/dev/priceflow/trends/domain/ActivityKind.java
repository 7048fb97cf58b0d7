package dev.priceflow.trends.domain;

/** What a shopper did with a product: the three behaviours trends are counted on. */
public enum ActivityKind {
    VIEW, CART, PURCHASE
}
