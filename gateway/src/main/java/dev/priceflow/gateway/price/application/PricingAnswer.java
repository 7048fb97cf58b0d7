package dev.priceflow.gateway.price.application;

import java.time.Instant;

/** What pricing said, in the three shapes the gateway treats differently. */
public sealed interface PricingAnswer {

    /** A quote: {@code body} is pricing's JSON as sent; expiry and pricing version are taken from it. */
    record Quote(String body, Instant expiresAt, String pricingVersion) implements PricingAnswer {
    }

    /** Pricing refused the request (4xx) with a problem document; passed on as it is, never cached. */
    record Refused(int status, String contentType, String body) implements PricingAnswer {
    }

    /** Pricing could not answer: down, slow, 5xx, unreadable answer, or its circuit is open. */
    record Unavailable(String reason) implements PricingAnswer {
    }
}
