package dev.priceflow.pricing.experiment.application;

import dev.priceflow.pricing.application.DependencyUnavailable;
import dev.priceflow.pricing.experiment.domain.ArmResult;
import dev.priceflow.pricing.experiment.domain.Experiment;
import dev.priceflow.pricing.experiment.domain.ExperimentInput;
import dev.priceflow.pricing.experiment.domain.ExperimentRules;
import dev.priceflow.pricing.experiment.domain.FieldError;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Marketing's use cases on experiments. Failure policy: the database fails closed (DependencyUnavailable, 503);
 * the pricing-version bump after a change fails open (logged): prices cached before it may be served until the
 * gateway cache expires.
 */
public final class ExperimentAdmin {

    private static final Logger log = LoggerFactory.getLogger(ExperimentAdmin.class);

    private final ExperimentStore store;
    private final PricingVersionBumper version;
    private final BigDecimal cap;
    private final String currency;
    private final Duration database;
    private final Clock clock;

    public ExperimentAdmin(ExperimentStore store, PricingVersionBumper version, BigDecimal cap, String currency,
                           Duration database, Clock clock) {
        this.store = store;
        this.version = version;
        this.cap = cap;
        this.currency = currency;
        this.database = database;
        this.clock = clock;
    }

    public Mono<ExperimentOutcome> create(ExperimentInput input, String actorId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ExperimentRules.Checked checked = ExperimentRules.check(input, cap, now, actorId);
        if (!checked.errors().isEmpty()) {
            return Mono.just(new ExperimentOutcome.Invalid(checked.errors()));
        }
        Experiment e = checked.experiment();
        return db(store.targetExists(e.sku(), e.category())).flatMap(exists -> {
            if (!exists) {
                return Mono.just(new ExperimentOutcome.Invalid(List.of(e.sku() != null
                        ? new FieldError("sku", "no product with SKU " + e.sku())
                        : new FieldError("category", "no product in category " + e.category()))));
            }
            return db(store.create(e)).flatMap(saved -> bumped().thenReturn(
                            (ExperimentOutcome) new ExperimentOutcome.Done(saved)))
                    .defaultIfEmpty(new ExperimentOutcome.Conflict("an experiment named '" + e.name()
                            + "' exists already"));
        });
    }

    public Flux<Experiment> list() {
        return store.list().timeout(database).onErrorMap(ex -> new DependencyUnavailable("experiments", ex));
    }

    public Mono<ExperimentOutcome> find(long id) {
        return db(store.find(id)).map(e -> (ExperimentOutcome) new ExperimentOutcome.Done(e))
                .defaultIfEmpty(new ExperimentOutcome.NotFound(id));
    }

    public Mono<ExperimentOutcome> end(long id) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return db(store.end(id, now)).flatMap(e -> bumped().thenReturn((ExperimentOutcome)
                new ExperimentOutcome.Done(e))).defaultIfEmpty(new ExperimentOutcome.NotFound(id));
    }

    public Mono<ExperimentOutcome> results(long id) {
        return db(store.find(id)).flatMap(e -> db(store.tallies(id).collectList())
                        .map(tallies -> (ExperimentOutcome) new ExperimentOutcome.Results(e, currency,
                                clock.instant().truncatedTo(ChronoUnit.MILLIS), ArmResult.of(e, tallies))))
                .defaultIfEmpty(new ExperimentOutcome.NotFound(id));
    }

    private Mono<Void> bumped() {
        return Mono.defer(version::bump).timeout(database).onErrorResume(ex -> {
            log.atWarn().addKeyValue("error", ex.getClass().getSimpleName())
                    .log("experiment changed but the pricing version was not bumped");
            return Mono.empty();
        });
    }

    private <T> Mono<T> db(Mono<T> call) {
        return call.timeout(database).onErrorMap(ex -> !(ex instanceof DependencyUnavailable),
                ex -> new DependencyUnavailable("experiments", ex));
    }
}
