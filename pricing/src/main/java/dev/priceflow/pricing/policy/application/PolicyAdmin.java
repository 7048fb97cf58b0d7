package dev.priceflow.pricing.policy.application;

import dev.priceflow.pricing.application.DependencyUnavailable;
import dev.priceflow.pricing.policy.application.PolicyOutcome.Conflict;
import dev.priceflow.pricing.policy.application.PolicyOutcome.Invalid;
import dev.priceflow.pricing.policy.application.PolicyOutcome.NotFound;
import dev.priceflow.pricing.policy.application.PolicyOutcome.Saved;
import dev.priceflow.pricing.policy.domain.CategoryPolicy;
import dev.priceflow.pricing.policy.domain.PolicyFieldError;
import dev.priceflow.pricing.policy.domain.PolicyInput;
import dev.priceflow.pricing.policy.domain.PolicyRules;
import dev.priceflow.pricing.policy.domain.SkuLimits;
import dev.priceflow.pricing.promotion.application.PricingVersionBump;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Marketing's pricing-policy use cases. Input is checked in full before anything is written; a change and its
 * audit row are one transaction (fail closed on the database: {@link DependencyUnavailable}); after the commit
 * {@code pricing:version} is bumped (3 attempts) so cached prices are out of reach at once — if that fails the
 * change stays saved and the outcome says caches may be stale.
 */
public final class PolicyAdmin {

    private final PolicyStore store;
    private final PricingVersionBump bump;
    private final Duration database;
    private final Duration redis;
    private final Clock clock;

    public PolicyAdmin(PolicyStore store, PricingVersionBump bump, Duration database, Duration redis, Clock clock) {
        this.store = store;
        this.bump = bump;
        this.database = database;
        this.redis = redis;
        this.clock = clock;
    }

    public Mono<CategoryPolicy> find(String category) {
        return db(store.find(category));
    }

    public Flux<CategoryPolicy> list() {
        return store.list().timeout(database).onErrorMap(e -> new DependencyUnavailable("pricing policies", e));
    }

    /** Creates or replaces the policy of an existing category; {@code expectedVersion} null = unconditional. */
    public Mono<PolicyOutcome> put(String category, PolicyInput input, Long expectedVersion, String actorId,
                                   String actorName) {
        PolicyRules.Checked checked = PolicyRules.check(category, input);
        if (!checked.errors().isEmpty()) {
            return Mono.just(new Invalid(checked.errors()));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return db(store.categoryExists(category)).flatMap(exists -> {
            if (!exists) {
                return Mono.just((PolicyOutcome) new Invalid(List.of(new PolicyFieldError("category",
                        "no product in category " + category))));
            }
            return db(store.find(category)).map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                    .flatMap(before -> {
                        long current = before.map(CategoryPolicy::version).orElse(-1L);
                        if (expectedVersion != null && expectedVersion != current) {
                            return Mono.just((PolicyOutcome) stale(current));
                        }
                        CategoryPolicy after = checked.policy().saved(current + 1, now, actorId);
                        PolicyAudit audit = new PolicyAudit("category:" + category, actorId, actorName, now);
                        return db(store.save(after, before.orElse(null), before.isPresent() ? current : null, audit))
                                .flatMap(written -> written ? bumped(after, before.isEmpty())
                                        : Mono.just(stale(current)));
                    });
        });
    }

    public Mono<PolicyOutcome> putLimits(String sku, SkuLimits.Input input, String actorId, String actorName) {
        SkuLimits.Checked checked = SkuLimits.check(sku, input);
        if (!checked.errors().isEmpty()) {
            return Mono.just(new Invalid(checked.errors()));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return db(store.limits(sku)).flatMap(before -> db(store.saveLimits(checked.limits(), before,
                        new PolicyAudit("sku:" + sku, actorId, actorName, now)))
                        .flatMap(saved -> bumped(saved, false)))
                .defaultIfEmpty(new NotFound("No product with SKU " + sku));
    }

    public Mono<SkuLimits> limits(String sku) {
        return db(store.limits(sku));
    }

    private Mono<PolicyOutcome> bumped(Object saved, boolean created) {
        return Mono.defer(bump::bump).timeout(redis).retry(2)
                .map(v -> (PolicyOutcome) new Saved(saved, created, false))
                .onErrorResume(e -> Mono.just(new Saved(saved, created, true)));
    }

    private static PolicyOutcome stale(long current) {
        return new Conflict("The policy was changed by someone else; it is now at version " + current
                + ". Read it again and reapply your change.");
    }

    private <T> Mono<T> db(Mono<T> call) {
        return call.timeout(database).onErrorMap(e -> !(e instanceof DependencyUnavailable),
                e -> new DependencyUnavailable("pricing policies database", e));
    }
}
