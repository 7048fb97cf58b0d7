package dev.priceflow.gateway.price.application;

/** What the cache did for one price answer; sent to clients as the {@code X-Cache} header. */
public enum CacheStatus {
    /** Answered from Redis; pricing was not called. */
    HIT,
    /** Not in Redis; pricing answered, and the answer was stored if it may be cached. */
    MISS,
    /** Redis could not be used (down or slow); pricing answered and nothing was stored. */
    BYPASS
}
