package dev.priceflow.pricing.experiment.application;

import dev.priceflow.pricing.experiment.domain.ArmTally;
import dev.priceflow.pricing.experiment.domain.Experiment;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Experiments, their exposures and attributed purchases (PostgreSQL, V23). */
public interface ExperimentStore {

    /** The experiment saved with its id; empty when the name is taken. */
    Mono<Experiment> create(Experiment experiment);

    Flux<Experiment> list();

    Mono<Experiment> find(long id);

    /** Sets the end time when not ended yet; answers the experiment as it is now (empty: unknown id). */
    Mono<Experiment> end(long id, Instant at);

    /** Experiments running at {@code now}. */
    Flux<Experiment> running(Instant now);

    /** Records the first exposure of a shopper (idempotent per experiment and user). */
    Mono<Void> expose(long experimentId, String userId, String arm, String sku, Instant at);

    Flux<ArmTally> tallies(long experimentId);

    /** True when the SKU (or a product of the category) is in the catalogue. */
    Mono<Boolean> targetExists(String sku, String category);

    /**
     * Attributes one purchase line to every experiment the buyer was exposed to before {@code at} that covers
     * the SKU (idempotent on event id, experiment and SKU); answers how many experiments got it.
     */
    Mono<Long> attribute(UUID eventId, String userId, String sku, int quantity, BigDecimal unitPaid,
                         String currency, Instant at);
}
