package dev.priceflow.pricing.application;

import dev.priceflow.pricing.domain.Quote;
import reactor.core.publisher.Mono;

/** Tells the rest of the platform that a quote was issued. */
public interface QuoteEvents {

    Mono<Void> issued(Quote quote);
}
