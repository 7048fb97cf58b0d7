package dev.priceflow.pricing.promotion.application;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts of the promotion use cases: the database, each attempt to bump the pricing version (attempts in all,
 * {@code versionBumpBackoff} apart) and the change event.
 */
public record PromotionSettings(Duration database, Duration versionBump, int versionBumpAttempts,
                                Duration versionBumpBackoff, Duration event) {

    public PromotionSettings {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(versionBump, "versionBump");
        Objects.requireNonNull(versionBumpBackoff, "versionBumpBackoff");
        Objects.requireNonNull(event, "event");
        if (versionBumpAttempts < 1) {
            throw new IllegalArgumentException("versionBumpAttempts must be at least 1");
        }
    }
}
