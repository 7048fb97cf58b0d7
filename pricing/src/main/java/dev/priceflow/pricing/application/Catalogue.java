package dev.priceflow.pricing.application;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.Product;
import java.util.Collection;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The products pricing knows. */
public interface Catalogue {

    /** The product, or empty when the SKU is not in the catalogue. */
    Mono<Product> find(Sku sku);

    /** The known products among {@code skus}, in no particular order (one query where the store allows it). */
    default Flux<Product> findAll(Collection<Sku> skus) {
        return Flux.fromIterable(skus).concatMap(this::find);
    }

    /** Up to {@code limit} SKUs of the catalogue, in a stable order (the start-up warm-up prices them). */
    default Flux<Sku> someSkus(int limit) {
        return Flux.empty();
    }
}
