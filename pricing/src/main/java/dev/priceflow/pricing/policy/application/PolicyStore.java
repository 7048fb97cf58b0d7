package dev.priceflow.pricing.policy.application;

import dev.priceflow.pricing.policy.domain.CategoryPolicy;
import dev.priceflow.pricing.policy.domain.SkuLimits;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Category policies and SKU limits in PostgreSQL. Each save writes its audit row in the same transaction;
 * {@link #save} only replaces a policy still at {@code expectedVersion} (null: whatever is there) and answers
 * false otherwise.
 */
public interface PolicyStore {

    Mono<CategoryPolicy> find(String category);

    Flux<CategoryPolicy> list();

    Mono<Boolean> save(CategoryPolicy policy, CategoryPolicy before, Long expectedVersion, PolicyAudit audit);

    Mono<Boolean> categoryExists(String category);

    Mono<SkuLimits> limits(String sku);

    /** Empty when the SKU is unknown. */
    Mono<SkuLimits> saveLimits(SkuLimits limits, SkuLimits before, PolicyAudit audit);
}
