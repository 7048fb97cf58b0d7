package dev.priceflow.pricing.application;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.Product;
import reactor.core.publisher.Mono;

/** The products pricing knows. */
public interface Catalogue {

    /** The product, or empty when the SKU is not in the catalogue. */
    Mono<Product> find(Sku sku);
}
