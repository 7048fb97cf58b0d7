package dev.priceflow.pricing.optimize.application;

import dev.priceflow.pricing.domain.Product;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** The optimized-base step of a quote; never fails (fail open to the list price, see {@link BasePricing}). */
public interface BaseStep {

    Mono<BaseDecision> decide(Product product, String channel, Instant now);

    /** No optimization: the list price is the base and no step is explained. */
    static BaseStep none() {
        return (product, channel, now) -> Mono.just(BaseDecision.unoptimized(product, channel));
    }
}
