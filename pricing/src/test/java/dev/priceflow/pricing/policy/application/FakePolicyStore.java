package dev.priceflow.pricing.policy.application;

import dev.priceflow.pricing.policy.domain.CategoryPolicy;
import dev.priceflow.pricing.policy.domain.SkuLimits;
import dev.priceflow.pricing.promotion.application.PricingVersionBump;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** In-memory policy store and version counter for unit tests. */
public class FakePolicyStore implements PolicyStore, PricingVersionBump {

    public final Map<String, CategoryPolicy> policies = new TreeMap<>();
    public final Map<String, SkuLimits> limits = new TreeMap<>();
    public final Set<String> categories = new java.util.HashSet<>(Set.of("home", "bags"));
    public final List<PolicyAudit> audit = new ArrayList<>();
    public long version;
    public boolean redisDown;

    @Override
    public Mono<CategoryPolicy> find(String category) {
        return Mono.justOrEmpty(policies.get(category));
    }

    @Override
    public Flux<CategoryPolicy> list() {
        return Flux.fromIterable(policies.values());
    }

    @Override
    public Mono<Boolean> save(CategoryPolicy policy, CategoryPolicy before, Long expectedVersion, PolicyAudit a) {
        CategoryPolicy current = policies.get(policy.category());
        if (current != null && (expectedVersion == null || current.version() != expectedVersion)) {
            return Mono.just(false);
        }
        policies.put(policy.category(), policy);
        audit.add(a);
        return Mono.just(true);
    }

    @Override
    public Mono<Boolean> categoryExists(String category) {
        return Mono.just(categories.contains(category));
    }

    @Override
    public Mono<SkuLimits> limits(String sku) {
        return Mono.justOrEmpty(limits.get(sku));
    }

    @Override
    public Mono<SkuLimits> saveLimits(SkuLimits l, SkuLimits before, PolicyAudit a) {
        limits.put(l.sku(), l);
        audit.add(a);
        return Mono.just(l);
    }

    @Override
    public Mono<Long> bump() {
        return redisDown ? Mono.error(new IllegalStateException("redis down")) : Mono.just(++version);
    }
}
