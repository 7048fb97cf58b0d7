package dev.priceflow.gateway.price.application;

import java.time.Duration;
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

    /** Stores {@code body} under {@code key} for {@code ttl}. */
    Mono<Void> put(String key, String body, Duration ttl);
}
