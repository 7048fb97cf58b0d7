package dev.priceflow.pricing.promotion.application;

import java.time.Instant;
import reactor.core.publisher.Flux;

/** Where the multi-unit cart offers live. */
public interface OfferCatalogue {

    /**
     * Active multi-unit offers that need no code and that a cart holding {@code sku} could use (its SKU, its
     * category, or a bundle holding it), at most 20, lowest priority first; audiences not yet applied.
     */
    Flux<AvailableOffer> forSku(String sku, Instant at);
}
