package dev.priceflow.gateway.ratelimit;

import reactor.core.publisher.Mono;

/** Counts requests in fixed one-second windows. */
public interface RateLimiter {

    /** What the limiter decided; {@code counted=false} when the counter store did not answer (fail open). */
    record Decision(boolean allowed, boolean counted, long retryAfterSeconds) {
        static final Decision UNCOUNTED = new Decision(true, false, 0);
    }

    /**
     * Counts one request of {@code client} in scope {@code scope} ("addr" or "user") against {@code limit}, now,
     * without I/O (the counters are in memory; sharing them is done in the background).
     */
    Decision count(String scope, String client, int limit);

    /** {@link #count} for a reactive pipeline. */
    default Mono<Decision> acquire(String scope, String client, int limit) {
        return Mono.just(count(scope, client, limit));
    }
}
