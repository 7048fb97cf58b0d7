package dev.priceflow.pricing.experiment.domain;

/** One broken rule of a request, naming the JSON field (dotted or indexed for nested fields). */
public record FieldError(String field, String message) {
}
