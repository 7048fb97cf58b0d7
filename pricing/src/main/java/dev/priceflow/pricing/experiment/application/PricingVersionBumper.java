package dev.priceflow.pricing.experiment.application;

import reactor.core.publisher.Mono;

/** Bumps the pricing version so cached prices never outlive an experiment change. */
public interface PricingVersionBumper {

    Mono<Void> bump();
}
