package dev.priceflow.recommender.recommendation.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The last pricing version read (by a poller) and when; {@link #current()} is empty when no read succeeded within
 * {@code maxAge}, so that a Redis outage bypasses the answer cache instead of serving prices of an old version.
 */
public final class VersionWatch implements PricingVersion {

    private record Reading(String version, Instant at) {
    }

    private final Clock clock;
    private final Duration maxAge;
    private volatile Reading last;

    public VersionWatch(Clock clock, Duration maxAge) {
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** A successful read; a missing key reads as {@code "0"} (the contract's initial version). */
    public void read(String version) {
        last = new Reading(version == null ? "0" : version, clock.instant());
    }

    @Override
    public Optional<String> current() {
        Reading r = last;
        if (r == null || r.at().plus(maxAge).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(r.version());
    }
}
