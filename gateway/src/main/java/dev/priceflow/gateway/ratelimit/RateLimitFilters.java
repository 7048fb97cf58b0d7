package dev.priceflow.gateway.ratelimit;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.kit.ProblemResponses;
import java.net.InetSocketAddress;
import java.security.Principal;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The two limits on {@code /api/**}: per client address before authentication ({@link #perAddress}), per
 * signed-in user after it ({@link #perUser}). Over the limit: 429 problem+json with {@code Retry-After}.
 */
final class RateLimitFilters {

    static final String ADDRESS = "addr";
    static final String USER = "user";

    private RateLimitFilters() {
    }

    /**
     * The exchange attribute holding the decision already made for this request in {@code scope}
     * ({@link RequestLimits}): the filter answers from it instead of counting the request a second time.
     */
    static String decidedAttribute(String scope) {
        return RateLimitFilters.class.getName() + ".decided." + scope;
    }

    /** Before Spring Security (order -100): a flood of requests with bad tokens is limited too. */
    static WebFilter perAddress(RateLimiter limiter, RateLimitProperties limits) {
        return new Limit(Ordered.HIGHEST_PRECEDENCE + 20, exchange -> Mono.justOrEmpty(address(exchange)),
                ADDRESS, limits.perAddressPerSecond(), limiter);
    }

    /** After Spring Security: the principal name is the Keycloak user id (JWT sub). */
    static WebFilter perUser(RateLimiter limiter, RateLimitProperties limits) {
        return new Limit(0, exchange -> exchange.getPrincipal().map(Principal::getName),
                USER, limits.perUserPerSecond(), limiter);
    }

    static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? null : remote.getAddress().getHostAddress();
    }

    private interface ClientOf {
        Mono<String> of(ServerWebExchange exchange);
    }

    private record Limit(int order, ClientOf client, String scope, int limit, RateLimiter limiter)
            implements WebFilter, Ordered {

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
            if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
                return chain.filter(exchange);
            }
            RateLimiter.Decision decided = exchange.getAttribute(decidedAttribute(scope));
            Mono<RateLimiter.Decision> decision = decided != null ? Mono.just(decided) : client.of(exchange)
                    .flatMap(id -> limiter.acquire(scope, id, limit))
                    .defaultIfEmpty(RateLimiter.Decision.UNCOUNTED);
            return decision.flatMap(made -> {
                if (made.allowed()) {
                    return chain.filter(exchange);
                }
                exchange.getResponse().getHeaders().set("Retry-After", Long.toString(made.retryAfterSeconds()));
                return ProblemResponses.writeProblem(exchange, HttpStatus.TOO_MANY_REQUESTS,
                        ProblemTypes.RATE_LIMITED, "More than " + limit + " requests per second per "
                                + (USER.equals(scope) ? "user" : "client address") + "; retry later");
            });
        }

        @Override
        public int getOrder() {
            return order;
        }
    }
}
