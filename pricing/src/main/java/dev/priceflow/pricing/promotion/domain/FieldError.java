package dev.priceflow.pricing.promotion.domain;

import java.util.Objects;

/** One reason a request was refused, naming the JSON field it is about (dotted for nested fields). */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
