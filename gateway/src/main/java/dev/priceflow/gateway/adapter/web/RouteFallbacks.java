package dev.priceflow.gateway.adapter.web;

import dev.priceflow.contracts.ProblemTypes;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a route's {@code CircuitBreaker} filter forwards when the service behind it is down, slow, failing
 * or its circuit is open. Fail-closed: the client learns the dependency is unavailable, nothing else.
 */
@Hidden
@RestController
class RouteFallbacks {

    static final String USER_PROFILE = "/fallback/user-profile";
    /** The one path the user-profile route serves (application.yml, route user-profile-me). */
    static final URI USER_PROFILE_ROUTE = URI.create("/api/v1/profiles/me");

    static final String DEMAND_FORECAST = "/fallback/demand-forecast";

    /** Marketing's promotions API (route pricing-promotions, every method). */
    static final String PRICING_PROMOTIONS = "/fallback/pricing-promotions";

    @RequestMapping(USER_PROFILE)
    ResponseEntity<ProblemDetail> userProfileUnavailable() {
        ResponseEntity<ProblemDetail> response = unavailable("user-profile");
        // The filter resets the exchange to the fallback path; name the path the client asked for instead.
        response.getBody().setInstance(USER_PROFILE_ROUTE);
        return response;
    }

    @RequestMapping(DEMAND_FORECAST)
    ResponseEntity<ProblemDetail> demandForecastUnavailable() {
        return unavailable("demand-forecast");
    }

    @RequestMapping(PRICING_PROMOTIONS)
    ResponseEntity<ProblemDetail> promotionsUnavailable() {
        return unavailable("pricing (promotions)");
    }

    private static ResponseEntity<ProblemDetail> unavailable(String service) {
        return Problems.response(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DEPENDENCY_UNAVAILABLE,
                service + " is not available right now; try again shortly");
    }
}
