package dev.priceflow.gateway.price.application;

/** What the gateway answers for one price request. */
public sealed interface PriceResult {

    /** A quote body to return as it is. */
    record Quoted(String body, CacheStatus cache) implements PriceResult {
    }

    /**
     * Pricing could not answer, and this is the last quote it gave the shopper for this SKU and channel (within
     * the degraded window): shown marked as degraded, never as current. Checkout re-prices anyway.
     */
    record Degraded(String body, String reason) implements PriceResult {
    }

    /** Pricing refused; status, content type and problem body pass through. */
    record Refused(int status, String contentType, String body) implements PriceResult {
    }

    /** No price can be given now. Fail-closed: the gateway never invents one. */
    record Unavailable(String reason) implements PriceResult {
    }
}
