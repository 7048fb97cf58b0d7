package dev.priceflow.pricing.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * An in-process cache of read-mostly data (catalogue rows, promotions, policies) keyed by the pricing version a
 * quote read FIRST. Rules (docs/pricing-perf.md):
 * <ul>
 *   <li>an entry is served only to a lookup made with the version it was loaded under: data loaded after reading
 *       version v reflects at least v, so a quote may carry an older version than its data (as before), never
 *       a newer one;</li>
 *   <li>one generation is kept: a lookup with another version starts a new, empty one (the old one is dropped);</li>
 *   <li>{@link PricingVersion#UNKNOWN} (Redis did not answer) is never cached: every lookup loads;</li>
 *   <li>an entry is reloaded after {@code maxAge} even at the same version: the bound on staleness for changes
 *       that do not bump the version (rows edited by SQL, a bump that failed);</li>
 *   <li>at most {@code maxEntries} per generation (further keys are loaded, not kept); empty answers and errors
 *       are not kept.</li>
 * </ul>
 */
public final class VersionedCache<K, V> {

    private record Entry<V>(V value, Instant loadedAt) {
    }

    private record Generation<K, V>(String version, Map<K, Entry<V>> entries) {
    }

    private final AtomicReference<Generation<K, V>> current = new AtomicReference<>();
    private final Duration maxAge;
    private final int maxEntries;
    private final Clock clock;

    public VersionedCache(Duration maxAge, int maxEntries, Clock clock) {
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxAge.isNegative() || maxEntries < 0) {
            throw new IllegalArgumentException("maxAge and maxEntries must not be negative");
        }
        this.maxEntries = maxEntries;
    }

    /** The value of {@code key} at {@code version}: cached, or from {@code loader} (subscribed lazily). */
    public Mono<V> get(String version, K key, Supplier<Mono<V>> loader) {
        return Mono.defer(() -> {
            if (version == null || PricingVersion.UNKNOWN.equals(version) || maxEntries == 0) {
                return loader.get();
            }
            Generation<K, V> generation = generation(version);
            Instant now = clock.instant();
            Entry<V> hit = generation.entries().get(key);
            if (hit != null && now.isBefore(hit.loadedAt().plus(maxAge))) {
                return Mono.just(hit.value());
            }
            return loader.get().doOnNext(value -> {
                if (generation.entries().size() < maxEntries || generation.entries().containsKey(key)) {
                    generation.entries().put(key, new Entry<>(value, now));
                }
            });
        });
    }

    /** Entries kept at {@code version} (0 when another version is current); for tests and metrics. */
    public int size(String version) {
        Generation<K, V> generation = current.get();
        return generation != null && generation.version().equals(version) ? generation.entries().size() : 0;
    }

    private Generation<K, V> generation(String version) {
        while (true) {
            Generation<K, V> seen = current.get();
            if (seen != null && seen.version().equals(version)) {
                return seen;
            }
            Generation<K, V> fresh = new Generation<>(version, new ConcurrentHashMap<>());
            if (current.compareAndSet(seen, fresh)) {
                return fresh;
            }
        }
    }
}
