package dev.priceflow.pricing.optimize.application;

import dev.priceflow.pricing.domain.Product;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** The optimized-base step of a quote; never fails (fail open to the list price, see {@link BasePricing}). */
public interface BaseStep {

    Mono<BaseDecision> decide(Product product, String channel, Instant now);

    /**
     * As {@link #decide(Product, String, Instant)} for a quote that read pricing version {@code version} first: a
     * step may answer version-tagged data (policy, SKU limits) from a cache kept for that version.
     */
    default Mono<BaseDecision> decide(Product product, String channel, Instant now, String version) {
        return decide(product, channel, now);
    }

    /** As {@link #decide(Product, String, Instant, String)} but records nothing (the start-up warm-up). */
    default Mono<BaseDecision> rehearse(Product product, String channel, Instant now, String version) {
        return decide(product, channel, now, version);
    }

    /** No optimization: the list price is the base and no step is explained. */
    static BaseStep none() {
        return (product, channel, now) -> Mono.just(BaseDecision.unoptimized(product, channel));
    }
}
