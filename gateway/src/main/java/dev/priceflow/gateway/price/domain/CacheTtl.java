package dev.priceflow.gateway.price.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a quote may sit in the cache: never longer than the configured ceiling, and never past the
 * moment the quote itself expires (a cached price must not outlive its signed validity).
 */
public final class CacheTtl {

    private CacheTtl() {
    }

    /** The time to keep the quote, or empty when it must not be cached at all (already expired, or within a second). */
    public static Optional<Duration> forQuote(Instant now, Instant expiresAt, Duration ceiling) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(ceiling, "ceiling");
        if (expiresAt == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, expiresAt);
        Duration ttl = left.compareTo(ceiling) < 0 ? left : ceiling;
        // Redis expiry has whole-second resolution for SET EX; below one second caching buys nothing.
        return ttl.getSeconds() >= 1 ? Optional.of(Duration.ofSeconds(ttl.getSeconds())) : Optional.empty();
    }
}
