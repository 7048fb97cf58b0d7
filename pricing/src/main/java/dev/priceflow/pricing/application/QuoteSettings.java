package dev.priceflow.pricing.application;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a quote is valid and how long each dependency may take. Each timeout has its failure policy in
 * {@link QuoteService}.
 */
public record QuoteSettings(Duration quoteTtl, Duration databaseTimeout, Duration versionTimeout,
                            Duration eventTimeout, Duration profileTimeout) {

    public QuoteSettings {
        requirePositive(quoteTtl, "quoteTtl");
        requirePositive(databaseTimeout, "databaseTimeout");
        requirePositive(versionTimeout, "versionTimeout");
        requirePositive(eventTimeout, "eventTimeout");
        requirePositive(profileTimeout, "profileTimeout");
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
