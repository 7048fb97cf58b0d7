package dev.priceflow.pricing.application;

import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.domain.Promotion;
import java.time.Instant;
import reactor.core.publisher.Flux;

/** The promotions marketing configured. */
public interface Promotions {

    /** Promotions active at {@code at} that target the product's SKU or its category. */
    Flux<Promotion> activeFor(Product product, Instant at);

    /**
     * Active promotions of the product that have not ended at {@code at}, including those that start later (a
     * cache keeps them and filters by window at each quote's time: {@link QuoteReads}).
     */
    default Flux<Promotion> notEndedFor(Product product, Instant at) {
        return activeFor(product, at);
    }
}
