package dev.priceflow.pricing.promotion.application;

import reactor.core.publisher.Mono;

/** Increments {@code pricing:version}, so every price cached under the old version is out of reach. */
public interface PricingVersionBump {

    Mono<Long> bump();
}
