package dev.priceflow.pricing.promotion.application;

import java.util.Objects;

/** Who made a change: the token's subject (user id) and its preferred_username (may be null). */
public record Actor(String id, String username) {

    public Actor {
        Objects.requireNonNull(id, "id");
    }
}
