package dev.priceflow.pricing.whatif.config;

import dev.priceflow.pricing.policy.application.PolicyAudit;
import dev.priceflow.pricing.policy.application.PolicyStore;
import dev.priceflow.pricing.policy.domain.CategoryPolicy;
import dev.priceflow.pricing.policy.domain.SkuLimits;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The stored policies with one category's policy replaced by a proposal; read only (writes are refused). */
final class ProposedPolicy implements PolicyStore {

    private final PolicyStore stored;
    private final CategoryPolicy proposed;

    ProposedPolicy(PolicyStore stored, CategoryPolicy proposed) {
        this.stored = stored;
        this.proposed = proposed;
    }

    @Override
    public Mono<CategoryPolicy> find(String category) {
        return proposed.category().equals(category) ? Mono.just(proposed) : stored.find(category);
    }

    @Override
    public Flux<CategoryPolicy> list() {
        return stored.list().filter(p -> !p.category().equals(proposed.category())).concatWithValues(proposed);
    }

    @Override
    public Mono<Boolean> save(CategoryPolicy policy, CategoryPolicy before, Long expectedVersion, PolicyAudit audit) {
        return Mono.error(new UnsupportedOperationException("a simulation never saves a policy"));
    }

    @Override
    public Mono<Boolean> categoryExists(String category) {
        return stored.categoryExists(category);
    }

    @Override
    public Mono<SkuLimits> limits(String sku) {
        return stored.limits(sku);
    }

    @Override
    public Mono<SkuLimits> saveLimits(SkuLimits limits, SkuLimits before, PolicyAudit audit) {
        return Mono.error(new UnsupportedOperationException("a simulation never saves limits"));
    }
}
