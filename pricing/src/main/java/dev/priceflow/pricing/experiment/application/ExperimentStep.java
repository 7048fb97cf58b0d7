package dev.priceflow.pricing.experiment.application;

import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.experiment.domain.ArmPrice;
import java.time.Instant;
import java.util.Optional;
import reactor.core.publisher.Mono;

/** The experiment step of a quote: the arm price change for this shopper and product, if any. Never fails. */
public interface ExperimentStep {

    Mono<Optional<ArmPrice>> decide(String userId, Product product, Instant now);

    /** No experiments. */
    static ExperimentStep none() {
        return (userId, product, now) -> Mono.just(Optional.empty());
    }
}
