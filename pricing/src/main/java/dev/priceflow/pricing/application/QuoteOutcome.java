package dev.priceflow.pricing.application;

import dev.priceflow.pricing.domain.Quote;

/** What asking for a quote gives: a quote, or the reason there is none. */
public sealed interface QuoteOutcome {

    record Issued(Quote quote) implements QuoteOutcome {
    }

    record Rejected(Reason reason, String detail) implements QuoteOutcome {
    }

    enum Reason { MALFORMED_SKU, UNKNOWN_SKU, INVALID_CHANNEL }
}
