package dev.priceflow.pricing.whatif.application;

import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.domain.Promotion;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What a simulation reads from the catalogue and the promotions (read only). */
public interface SimulationData {

    /** The product with {@code sku}, or at most {@code limit} products of {@code category}, by SKU. */
    Flux<Product> products(String sku, String category, int limit);

    /** A stored unit-price promotion of any status (active as stored); empty when unknown. */
    Mono<Promotion> promotion(UUID id);

    /** Active unit-price promotions for everyone (no audience) of these SKUs or categories overlapping [from, to). */
    Flux<Promotion> overlapping(Collection<String> skus, Collection<String> categories, Instant from, Instant to);
}
