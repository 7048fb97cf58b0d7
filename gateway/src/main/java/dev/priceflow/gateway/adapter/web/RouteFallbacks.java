package dev.priceflow.gateway.adapter.web;

import dev.priceflow.contracts.ProblemTypes;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where a route's {@code CircuitBreaker} filter forwards when the service behind it is down, slow, failing
 * or its circuit is open. Fail-closed: the client learns the dependency is unavailable, nothing else — no
 * route behind this has a safe substitute answer (the one place with a safe fallback, a shopper's price, is
 * handled by the gateway's own price endpoint and its cache).
 */
@Hidden
@RestController
class RouteFallbacks {

    private static final Logger log = LoggerFactory.getLogger(RouteFallbacks.class);

    static final String USER_PROFILE = "/fallback/user-profile";
    static final String DEMAND_FORECAST = "/fallback/demand-forecast";
    /** Marketing's promotions API (route pricing-promotions, every method). */
    static final String PRICING_PROMOTIONS = "/fallback/pricing-promotions";

    /** Fallback name (the last segment of the route's fallbackUri) → the service named in the problem. */
    private static final Map<String, String> SERVICES = Map.of(
            "user-profile", "user-profile",
            "demand-forecast", "demand-forecast",
            "pricing-promotions", "pricing (promotions)",
            "pricing", "pricing",
            "pricing-simulations", "pricing (simulations)",
            "trend-analysis", "trend-analysis",
            "recommender", "recommender");

    @RequestMapping("/fallback/{route}")
    ResponseEntity<ProblemDetail> unavailable(@PathVariable String route, ServerWebExchange exchange) {
        String service = SERVICES.get(route);
        if (service == null) {
            return Problems.response(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "no such resource");
        }
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        log.warn("{} unavailable, answered 503: cause={}", service, cause == null ? "unknown" : cause.toString());
        ResponseEntity<ProblemDetail> response = Problems.response(HttpStatus.SERVICE_UNAVAILABLE,
                ProblemTypes.DEPENDENCY_UNAVAILABLE, service + " is not available right now; try again shortly");
        URI original = originalPath(exchange);
        if (original != null) {
            // The filter resets the exchange to the fallback path; name the path the client asked for instead.
            response.getBody().setInstance(original);
        }
        return response;
    }

    private static URI originalPath(ServerWebExchange exchange) {
        Set<URI> urls = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
        if (urls == null || urls.isEmpty()) {
            return null;
        }
        return URI.create(urls.iterator().next().getRawPath());
    }
}
