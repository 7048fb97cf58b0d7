package dev.priceflow.pricing.application;

import dev.priceflow.pricing.domain.Quote;
import reactor.core.publisher.Mono;

/** The audit trail of issued quotes: the source of truth for what a shopper was promised. */
public interface QuoteLog {

    Mono<Void> record(Quote quote);
}
