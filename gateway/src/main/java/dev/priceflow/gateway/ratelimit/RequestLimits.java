package dev.priceflow.gateway.ratelimit;

import org.springframework.web.server.ServerWebExchange;

/**
 * Both rate limits of one request counted at once and without I/O, for code that answers a request before the
 * limit filters run (the gateway's cached-price fast path). The decisions are left on the exchange, so a request
 * that goes on through the filters afterwards is answered from them (429 with {@code Retry-After}) instead of
 * being counted a second time.
 */
public final class RequestLimits {

    private final RateLimiter limiter;
    private final RateLimitProperties limits;

    public RequestLimits(RateLimiter limiter, RateLimitProperties limits) {
        this.limiter = limiter;
        this.limits = limits;
    }

    /**
     * Counts the request as the filters would: per client address first, and per user only when the address is
     * within its limit (the filters refuse an address over its limit before authentication). True when both allow.
     */
    public boolean admit(ServerWebExchange exchange, String userId) {
        String address = RateLimitFilters.address(exchange);
        RateLimiter.Decision byAddress = address == null ? RateLimiter.Decision.UNCOUNTED
                : limiter.count(RateLimitFilters.ADDRESS, address, limits.perAddressPerSecond());
        exchange.getAttributes().put(RateLimitFilters.decidedAttribute(RateLimitFilters.ADDRESS), byAddress);
        if (!byAddress.allowed()) {
            return false;
        }
        RateLimiter.Decision byUser = limiter.count(RateLimitFilters.USER, userId, limits.perUserPerSecond());
        exchange.getAttributes().put(RateLimitFilters.decidedAttribute(RateLimitFilters.USER), byUser);
        return byUser.allowed();
    }
}
