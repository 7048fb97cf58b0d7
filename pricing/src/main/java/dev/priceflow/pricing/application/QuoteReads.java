package dev.priceflow.pricing.application;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.domain.Promotion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * The catalogue row and the promotions of a quote, cached per pricing version ({@link VersionedCache}). Promotions
 * are cached as the product's not-yet-ended rows and filtered by their window at each quote's own time, so a
 * promotion that starts or ends between two version bumps is applied exactly on time. Failure policy: fail
 * CLOSED ({@link DependencyUnavailable}) — a quote is never given from data that could not be read.
 */
public final class QuoteReads {

    private final Catalogue catalogue;
    private final Promotions promotions;
    private final Duration timeout;
    private final VersionedCache<Sku, Product> products;
    private final VersionedCache<String, List<Promotion>> candidates;

    public QuoteReads(Catalogue catalogue, Promotions promotions, Duration timeout, CacheSettings cache,
                      Clock clock) {
        this.catalogue = catalogue;
        this.promotions = promotions;
        this.timeout = timeout;
        this.products = cache.reference(clock);
        this.candidates = cache.reference(clock);
    }

    /** The product, or empty when the SKU is unknown (an unknown SKU is not cached: it may be added any time). */
    public Mono<Product> product(String version, Sku sku) {
        // the timeout applies to a read only: a cache hit schedules no timer
        return products.get(version, sku, () -> catalogue.find(sku).timeout(timeout))
                .onErrorMap(e -> new DependencyUnavailable("catalogue", e));
    }

    /** Promotions of the product active at {@code at}, audiences not yet applied. */
    public Mono<List<Promotion>> promotions(String version, Product product, Instant at) {
        String key = product.sku().value() + '\u0000' + product.category();
        return candidates.get(version, key, () -> promotions.notEndedFor(product, at).collectList().timeout(timeout))
                .onErrorMap(e -> new DependencyUnavailable("promotions", e))
                .map(found -> found.stream().filter(p -> p.appliesTo(product, at)).toList());
    }
}
