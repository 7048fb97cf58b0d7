package dev.priceflow.pricing.experiment.application;

import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.experiment.domain.ArmPrice;
import dev.priceflow.pricing.experiment.domain.Assignment;
import dev.priceflow.pricing.experiment.domain.Experiment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The EXPERIMENT step of quotes. Running experiments are read from the store at most every {@code refresh}
 * (a change reaches quotes within that time). A shopper in an arm gets the arm's change only once the exposure
 * is recorded; a shopper in the holdout is recorded too (as "holdout") and gets the standard price, no step.
 * Failure policy: fail OPEN to the standard price — if the experiments cannot be read, or the exposure cannot
 * be written within {@code timeout}, the quote has no experiment step (and no exposure counts), logged.
 * When several running experiments cover a product, the one created first applies.
 */
public final class ExperimentQuoteStep implements ExperimentStep {

    private static final Logger log = LoggerFactory.getLogger(ExperimentQuoteStep.class);

    private record Snapshot(List<Experiment> running, Instant readAt) {
    }

    private final ExperimentStore store;
    private final Duration refresh;
    private final Duration timeout;
    private final Clock clock;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    public ExperimentQuoteStep(ExperimentStore store, Duration refresh, Duration timeout, Clock clock) {
        this.store = store;
        this.refresh = refresh;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public Mono<Optional<ArmPrice>> decide(String userId, Product product, Instant now) {
        return running().flatMap(list -> list.stream()
                        .filter(e -> e.status(now) == Experiment.Status.RUNNING)
                        .filter(e -> e.covers(product.sku().value(), product.category()))
                        .findFirst()
                        .map(e -> exposed(e, userId, product, now))
                        .orElse(Mono.just(Optional.empty())))
                .onErrorResume(e -> {
                    log.atWarn().addKeyValue("sku", product.sku().value())
                            .addKeyValue("error", e.getClass().getSimpleName())
                            .log("experiment step skipped; the standard price applies");
                    return Mono.just(Optional.empty());
                });
    }

    private Mono<Optional<ArmPrice>> exposed(Experiment e, String userId, Product product, Instant now) {
        Assignment.Placement placement = Assignment.place(e, userId);
        return Mono.defer(() -> store.expose(e.id(), userId, placement.armName(), product.sku().value(), now))
                .timeout(timeout)
                .then(Mono.fromSupplier(() -> placement.arm().map(arm -> ArmPrice.of(e, arm))));
    }

    private Mono<List<Experiment>> running() {
        Snapshot current = snapshot.get();
        Instant now = clock.instant();
        if (current != null && current.readAt().plus(refresh).isAfter(now)) {
            return Mono.just(current.running());
        }
        return Mono.defer(() -> store.running(now).collectList()).timeout(timeout)
                .doOnNext(list -> snapshot.set(new Snapshot(List.copyOf(list), now)))
                .onErrorResume(ex -> current == null ? Mono.error(ex) : Mono.just(current.running()));
    }
}
