package dev.priceflow.gateway.price.application;

import reactor.core.publisher.Mono;

/** The pricing service, as the gateway needs it. Never errors: every outcome is a {@link PricingAnswer}. */
public interface PricingClient {

    /** Asks pricing for a quote, on behalf of the shopper whose bearer token is {@code bearerToken}. */
    Mono<PricingAnswer> quote(String sku, String channel, String bearerToken);
}
