package dev.priceflow.pricing.application;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds of the in-process caches of a quote (docs/pricing-perf.md). {@code referenceMaxAge}: how long a
 * version-keyed entry (catalogue row, promotions, policy, SKU limits, offers, yesterday's base) may serve at the
 * same pricing version — the staleness bound for edits that do not bump the version. {@code signalsTtl}: how long a
 * demand forecast or competitor price may be served (they change without a version bump). {@code maxEntries}:
 * entries per cache; 0 turns caching off.
 */
public record CacheSettings(Duration referenceMaxAge, Duration signalsTtl, int maxEntries) {

    /** No caching: every quote reads everything. */
    public static final CacheSettings NONE = new CacheSettings(Duration.ZERO, Duration.ZERO, 0);

    public CacheSettings {
        Objects.requireNonNull(referenceMaxAge, "referenceMaxAge");
        Objects.requireNonNull(signalsTtl, "signalsTtl");
        if (referenceMaxAge.isNegative() || signalsTtl.isNegative() || maxEntries < 0) {
            throw new IllegalArgumentException("cache bounds must not be negative");
        }
    }

    public <K, V> VersionedCache<K, V> reference(java.time.Clock clock) {
        return new VersionedCache<>(referenceMaxAge, maxEntries, clock);
    }

    /** A time-bounded cache: one generation forever ({@link #SIGNALS}), entries reloaded after {@code signalsTtl}. */
    public <K, V> VersionedCache<K, V> signals(java.time.Clock clock) {
        return new VersionedCache<>(signalsTtl, maxEntries, clock);
    }

    /** The version under which signals (not versioned) are cached. */
    public static final String SIGNALS = "signals";
}
