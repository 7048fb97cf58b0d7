package dev.priceflow.pricing.application;

import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.domain.Promotion;
import java.time.Instant;
import reactor.core.publisher.Flux;

/** The promotions marketing configured. */
public interface Promotions {

    /** Promotions active at {@code at} that target the product's SKU or its category. */
    Flux<Promotion> activeFor(Product product, Instant at);
}
