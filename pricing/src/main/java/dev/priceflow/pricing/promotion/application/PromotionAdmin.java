package dev.priceflow.pricing.promotion.application;

import dev.priceflow.pricing.application.DependencyUnavailable;
import dev.priceflow.pricing.domain.OfferRule;
import dev.priceflow.pricing.domain.Promotion;
import java.math.BigDecimal;
import dev.priceflow.pricing.promotion.application.AuditEntry.Action;
import dev.priceflow.pricing.promotion.application.PromotionOutcome.Conflict;
import dev.priceflow.pricing.promotion.application.PromotionOutcome.Invalid;
import dev.priceflow.pricing.promotion.application.PromotionOutcome.NotFound;
import dev.priceflow.pricing.promotion.application.PromotionOutcome.Saved;
import dev.priceflow.pricing.promotion.domain.ApprovalRule;
import dev.priceflow.pricing.promotion.domain.FieldError;
import dev.priceflow.pricing.promotion.domain.ManagedPromotion;
import dev.priceflow.pricing.promotion.domain.PromotionInput;
import dev.priceflow.pricing.promotion.domain.PromotionRules;
import dev.priceflow.pricing.promotion.domain.PromotionSpec;
import dev.priceflow.pricing.promotion.domain.PromotionStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Marketing's promotion use cases. Input is checked in full before anything is written; each change and its
 * audit row are one transaction (the store's contract); what follows the commit is {@link ChangeNotifier}'s.
 * The database is required (fail closed: {@link DependencyUnavailable}).
 */
public final class PromotionAdmin {

    public static final int LIST_LIMIT = 500;

    private final PromotionStore store;
    private final ChangeNotifier notifier;
    private final PromotionSettings settings;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final ApprovalRule approval;

    /** With the default approval threshold (30 %). */
    public PromotionAdmin(PromotionStore store, ChangeNotifier notifier, PromotionSettings settings, Clock clock,
                          Supplier<UUID> ids) {
        this(store, notifier, settings, clock, ids, ApprovalRule.DEFAULT);
    }

    public PromotionAdmin(PromotionStore store, ChangeNotifier notifier, PromotionSettings settings, Clock clock,
                          Supplier<UUID> ids, ApprovalRule approval) {
        this.approval = approval;
        this.store = store;
        this.notifier = notifier;
        this.settings = settings;
        this.clock = clock;
        this.ids = ids;
    }

    public Mono<PromotionOutcome> create(PromotionInput input, Actor actor) {
        Instant now = now();
        return checked(input, now).flatMap(checked -> {
            if (!checked.errors().isEmpty()) {
                return Mono.just(new Invalid(checked.errors()));
            }
            return needsApproval(checked.spec()).flatMap(needed -> {
                ManagedPromotion created = ManagedPromotion.created(ids.get(), checked.spec(), actor.id(), now, needed);
                return db(store.insert(created, new AuditEntry(Action.CREATED, actor, now, null, created)))
                        .then(saved(created, Action.CREATED, now));
            });
        });
    }

    /**
     * Edits a draft or a scheduled promotion that has not started, if it is still at {@code expectedVersion}.
     * {@code partial}: fields left out of {@code input} keep their current value (PATCH); otherwise the input
     * replaces the whole definition (PUT).
     */
    public Mono<PromotionOutcome> replace(UUID id, PromotionInput input, Long expectedVersion, boolean partial,
                                          Actor actor) {
        if (expectedVersion == null) {
            return Mono.just(new Invalid(List.of(new FieldError("version",
                    "is required: the version you read (optimistic locking)"))));
        }
        Instant now = now();
        return db(store.find(id)).flatMap(current -> {
            if (!current.editable(now)) {
                return Mono.<PromotionOutcome>just(new Conflict("Only draft and scheduled promotions that have "
                        + "not started can be edited; this one is " + current.status(now).wire()));
            }
            if (current.version() != expectedVersion) {
                return Mono.<PromotionOutcome>just(stale(current));
            }
            PromotionInput wanted = partial ? input.over(PromotionInput.of(current.spec())) : input;
            return checked(wanted, now).flatMap(checked -> {
                if (!checked.errors().isEmpty()) {
                    return Mono.just(new Invalid(checked.errors()));
                }
                return needsApproval(checked.spec()).flatMap(needed ->
                        write(current, current.edited(checked.spec(), now, needed), Action.UPDATED, actor, now));
            });
        }).defaultIfEmpty(new NotFound());
    }

    public Mono<PromotionOutcome> end(UUID id, Actor actor) {
        Instant now = now();
        return db(store.find(id)).flatMap(current -> current.status(now) == PromotionStatus.ENDED
                || current.status(now) == PromotionStatus.ARCHIVED
                ? Mono.<PromotionOutcome>just(new Conflict("The promotion has already ended"))
                : write(current, current.ended(now), Action.ENDED, actor, now))
                .defaultIfEmpty(new NotFound());
    }

    public Mono<ManagedPromotion> find(UUID id) {
        return db(store.find(id));
    }

    public Flux<ManagedPromotion> list(Optional<PromotionStatus> status) {
        Instant now = now();
        return store.list(LIST_LIMIT).timeout(settings.database())
                .onErrorMap(e -> new DependencyUnavailable("promotions", e))
                .filter(p -> status.map(s -> p.status(now) == s).orElse(true));
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
    }

    /** Whether a second marketing user must approve {@code spec} before it may be scheduled. */
    private Mono<Boolean> needsApproval(PromotionSpec spec) {
        if (spec.status() != PromotionStatus.SCHEDULED) {
            return Mono.just(false);
        }
        if (spec.rule() instanceof OfferRule.Bundle bundle) {
            // a bundle's effective percent is measured against its list value: Σ quantity × list price
            return db(store.listPricesOf(bundle.items().stream().map(OfferRule.Item::sku).toList())).map(prices -> {
                BigDecimal value = bundle.items().stream().map(i -> prices.getOrDefault(i.sku(), BigDecimal.ZERO)
                        .multiply(BigDecimal.valueOf(i.quantity()))).reduce(BigDecimal.ZERO, BigDecimal::add);
                return approval.needsApproval(spec, new ApprovalRule.ListRange(value, value));
            }).defaultIfEmpty(true);
        }
        return db(store.listPrices(spec.target())).map(range -> approval.needsApproval(spec, range))
                .defaultIfEmpty(true);
    }

    Mono<PromotionOutcome> write(ManagedPromotion before, ManagedPromotion after, Action action, Actor actor,
                                         Instant now) {
        return db(store.replace(after, before.version(), new AuditEntry(action, actor, now, before, after)))
                .flatMap(written -> written ? saved(after, action, now)
                        : db(store.find(before.id())).map(PromotionAdmin::stale));
    }

    private Mono<PromotionOutcome> saved(ManagedPromotion promotion, Action action, Instant now) {
        return notifier.committed(promotion.id(), action, now).map(bumped -> new Saved(promotion, !bumped));
    }

    static PromotionOutcome stale(ManagedPromotion current) {
        return new Conflict("The promotion was changed by someone else; it is now at version " + current.version()
                + ". Read it again and reapply your change.");
    }

    /** The syntax and range checks, then whether the target (and a bundle's SKUs) exist in the catalogue. */
    private Mono<PromotionRules.Checked> checked(PromotionInput input, Instant now) {
        PromotionRules.Checked checked = PromotionRules.check(input, now);
        if (checked.spec() != null && checked.spec().rule() instanceof OfferRule.Bundle bundle) {
            List<String> skus = bundle.items().stream().map(OfferRule.Item::sku).toList();
            return db(store.listPricesOf(skus)).map(found -> {
                List<FieldError> unknown = new java.util.ArrayList<>();
                for (int i = 0; i < skus.size(); i++) {
                    if (!found.containsKey(skus.get(i))) {
                        unknown.add(new FieldError("bundle.items[" + i + "].sku", "no product with SKU " + skus.get(i)));
                    }
                }
                return checked.plus(unknown);
            });
        }
        return switch (checked.target()) {
            case null -> Mono.just(checked);
            case Promotion.ForSku sku -> db(store.skuExists(sku.sku().value())).map(found -> found ? checked
                    : checked.plus(List.of(new FieldError("target.sku", "no product with SKU " + sku.sku().value()))));
            case Promotion.ForCategory category -> db(store.categoryExists(category.category())).map(found -> found
                    ? checked : checked.plus(List.of(new FieldError("target.category",
                    "no product in category " + category.category()))));
        };
    }

    <T> Mono<T> db(Mono<T> call) {
        return call.timeout(settings.database()).onErrorMap(e -> !(e instanceof DependencyUnavailable),
                e -> new DependencyUnavailable("promotions database", e));
    }
}
