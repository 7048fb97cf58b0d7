package dev.priceflow.trends.application;

/** What is wrong with one input field; {@code field} is a path such as {@code observations[2].price}. */
public record FieldError(String field, String message) {
}
