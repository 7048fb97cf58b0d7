package dev.priceflow.trends.application;

/** One competitor price as a client sent it: every field still text, so each can be checked and named. */
public record ObservationInput(String sku, String competitor, String price, String currency, String observedAt) {
}
