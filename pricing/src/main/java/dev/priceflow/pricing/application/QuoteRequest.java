package dev.priceflow.pricing.application;

/** A shopper (by user id, the token's subject) asks for the price of a SKU on a sales channel. */
public record QuoteRequest(String userId, String sku, String channel) {
}
