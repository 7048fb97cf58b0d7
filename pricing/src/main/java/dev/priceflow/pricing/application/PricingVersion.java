package dev.priceflow.pricing.application;

import dev.priceflow.contracts.RedisKeys;
import reactor.core.publisher.Mono;

/** The counter bumped on every pricing-relevant change; caches of prices are keyed by it. */
public interface PricingVersion {

    /** The version when none was ever set (the shared decision: a missing counter reads as "0"). */
    String INITIAL = "0";

    /**
     * What a quote carries when the version could not be read. It never equals a real version (those are
     * counters), so a cache keyed by it can never answer a lookup made with a real version.
     */
    String UNKNOWN = RedisKeys.UNKNOWN_PRICING_VERSION;

    /** The current version, {@link #INITIAL} when none was set. */
    Mono<String> current();
}
