package dev.priceflow.pricing.code.application;

import dev.priceflow.pricing.application.DependencyUnavailable;
import dev.priceflow.pricing.code.domain.CodeGenerator;
import dev.priceflow.pricing.code.domain.RedemptionRules;
import dev.priceflow.pricing.promotion.application.Actor;
import dev.priceflow.pricing.promotion.application.AuditEntry;
import dev.priceflow.pricing.promotion.application.ChangeNotifier;
import dev.priceflow.pricing.promotion.domain.FieldError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Marketing's codes and limits. A promotion has either one public code or unique single-use codes (generated in
 * bulk), never both; giving it a code or a limit makes it cart-level (quotes leave it out, carts apply it). A
 * limit may not be set below what is already used. Every change is audited in its transaction, then bumps the
 * pricing version and announces itself ({@link ChangeNotifier}). The database is required (fail closed).
 */
public final class CodeAdmin {

    public static final int MAX_CODES_PER_REQUEST = 10_000;

    private final CodeStore store;
    private final ChangeNotifier notifier;
    private final CodeGenerator generator;
    private final Duration timeout;
    private final Clock clock;

    public CodeAdmin(CodeStore store, ChangeNotifier notifier, CodeGenerator generator, Duration timeout,
                     Clock clock) {
        this.store = store;
        this.notifier = notifier;
        this.generator = generator;
        this.timeout = timeout;
        this.clock = clock;
    }

    public Mono<RedemptionState> find(UUID id) {
        return db(store.find(id));
    }

    public Flux<CodeStore.CodeUse> codes(UUID id) {
        return store.codes(id).timeout(timeout).onErrorMap(e -> new DependencyUnavailable("codes database", e));
    }

    public Mono<CodeOutcome> setRules(UUID id, Integer maxUses, Integer maxUsesPerUser, String budget,
                                      String publicCode, Integer priority, Actor actor) {
        RedemptionRules.Checked checked = RedemptionRules.check(maxUses, maxUsesPerUser, budget, publicCode,
                priority);
        if (!checked.errors().isEmpty()) {
            return Mono.just(new CodeOutcome.Invalid(checked.errors()));
        }
        RedemptionRules rules = checked.rules();
        return db(store.find(id)).flatMap(state -> {
            String conflict = conflict(state, rules);
            if (conflict != null) {
                return Mono.<CodeOutcome>just(new CodeOutcome.Conflict(conflict));
            }
            Instant now = now();
            return db(store.saveRules(id, rules, actor, now)).flatMap(saved -> saved ? done(id, 0, now)
                    : Mono.just(new CodeOutcome.Conflict("the code " + rules.publicCode()
                    + " belongs to another promotion")));
        }).defaultIfEmpty(new CodeOutcome.NotFound());
    }

    public Mono<CodeOutcome> generate(UUID id, Integer count, Actor actor) {
        if (count == null || count < 1 || count > MAX_CODES_PER_REQUEST) {
            return Mono.just(new CodeOutcome.Invalid(List.of(new FieldError("count",
                    "must be 1 to " + MAX_CODES_PER_REQUEST))));
        }
        return db(store.find(id)).flatMap(state -> {
            if (state.ended()) {
                return Mono.<CodeOutcome>just(new CodeOutcome.Conflict("the promotion has ended"));
            }
            if ("PUBLIC".equals(state.codeMode())) {
                return Mono.<CodeOutcome>just(new CodeOutcome.Conflict("the promotion has the public code "
                        + state.publicCode() + "; a promotion has one public code or unique codes, not both"));
            }
            Instant now = now();
            return db(store.addUniqueCodes(id, generator.generate(count), actor, now))
                    .flatMap(added -> done(id, added, now));
        }).defaultIfEmpty(new CodeOutcome.NotFound());
    }

    private static String conflict(RedemptionState state, RedemptionRules rules) {
        if (state.ended()) {
            return "the promotion has ended";
        }
        if (rules.publicCode() != null && "UNIQUE".equals(state.codeMode())) {
            return "the promotion has unique codes; a promotion has one public code or unique codes, not both";
        }
        if (rules.publicCode() != null && state.publicCode() != null && !state.publicCode().equals(rules.publicCode())) {
            return "the promotion already has the public code " + state.publicCode();
        }
        if (rules.maxUses() != null && rules.maxUses() < state.uses()) {
            return "maxUses " + rules.maxUses() + " is below the " + state.uses() + " uses so far";
        }
        if (rules.budget() != null && rules.budget().compareTo(state.granted()) < 0) {
            return "budget " + rules.budget().toPlainString() + " is below the " + state.granted().toPlainString()
                    + " already granted";
        }
        return null;
    }

    private Mono<CodeOutcome> done(UUID id, int generated, Instant now) {
        return notifier.committed(id, AuditEntry.Action.UPDATED, now)
                .flatMap(bumped -> db(store.find(id)).map(s -> (CodeOutcome) new CodeOutcome.Done(s, generated,
                        !bumped)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private <T> Mono<T> db(Mono<T> call) {
        return call.timeout(timeout).onErrorMap(e -> !(e instanceof DependencyUnavailable),
                e -> new DependencyUnavailable("codes database", e));
    }
}
