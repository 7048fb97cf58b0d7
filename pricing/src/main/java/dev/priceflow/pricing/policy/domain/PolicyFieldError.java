package dev.priceflow.pricing.policy.domain;

import java.util.Objects;

/** One broken rule of a policy or SKU-limit request, naming the JSON field (dotted for nested fields). */
public record PolicyFieldError(String field, String message) {

    public PolicyFieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
