package dev.priceflow.gateway.price.application;

import java.time.Duration;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Mono;

/**
 * The shared price cache. Implementations bound every call by a timeout and signal failures as errors;
 * {@link PriceLookup} decides what a failure means (fail-open).
 */
public interface PriceCache {

    /** The current pricing version; {@code "0"} when none was ever written. */
    Mono<String> pricingVersion();

    /** The cached answer under {@code key}, or empty when there is none. */
    Mono<String> get(String key);

    /**
     * The current pricing version and the answer cached for it ({@code keyFor} builds the key from the
     * version). Stores that can should do this in one round trip; this default asks twice.
     */
    default Mono<Current> current(UnaryOperator<String> keyFor) {
        return pricingVersion().flatMap(version -> get(keyFor.apply(version))
                .map(body -> new Current(version, body, -1))
                .defaultIfEmpty(new Current(version, null, -1)));
    }

    /**
     * What {@link #current} would answer, if this cache can tell without any I/O (an in-process tier that trusts
     * the current version and holds the entry); {@code null} when it cannot — then ask {@link #current}.
     */
    default Current peek(UnaryOperator<String> keyFor) {
        return null;
    }

    /**
     * The version read and what is cached under it ({@code body} null when nothing is), with the entry's
     * remaining lifetime in milliseconds ({@code -1} when the store did not say).
     */
    record Current(String version, String body, long ttlMillis) {
    }

    /** Stores {@code body} under {@code key} for {@code ttl}. */
    Mono<Void> put(String key, String body, Duration ttl);

    /**
     * Stores a fresh answer under a key built from the current pricing version (what {@link #current} and
     * {@link #peek} read): a cache with an in-process tier keeps it there too, so a renewed entry replaces the
     * one about to expire at once. Other keys (the last quotes kept for degraded answers) go through {@link #put}.
     */
    default Mono<Void> putCurrent(String key, String body, Duration ttl) {
        return put(key, body, ttl);
    }
}
