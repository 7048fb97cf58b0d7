package dev.priceflow.pricing.application;

import dev.priceflow.pricing.domain.ShopperFeatures;
import reactor.core.publisher.Mono;

/** The hot behavioural profile of a shopper, written by user-profile. */
public interface ShopperProfiles {

    /** The shopper's features, or empty when the shopper has no profile (yet). */
    Mono<ShopperFeatures> find(String userId);
}
