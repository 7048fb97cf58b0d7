package dev.priceflow.pricing.application;

import dev.priceflow.pricing.domain.ShopperFeatures;
import reactor.core.publisher.Mono;

/** The hot behavioural profile of a shopper, written by user-profile. */
public interface ShopperProfiles {

    /** The shopper's features, or empty when the shopper has no profile (yet). */
    Mono<ShopperFeatures> find(String userId);

    /**
     * The shopper's segment id (profile field {@code segmentId}), or empty when the shopper has no profile or no
     * segment yet. Used by promotion audiences; callers treat a failure as "no segment" (a targeted promotion is then
     * not given: fail closed for money).
     */
    default Mono<Integer> segment(String userId) {
        return Mono.empty();
    }
}
