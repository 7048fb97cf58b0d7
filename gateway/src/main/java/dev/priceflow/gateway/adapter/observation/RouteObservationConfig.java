package dev.priceflow.gateway.adapter.observation;

import org.springframework.cloud.gateway.filter.headers.observation.DefaultGatewayObservationConvention;
import org.springframework.cloud.gateway.filter.headers.observation.GatewayObservationConvention;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives the proxied routes' calls a metric name of their own. Spring Cloud Gateway records them as
 * {@code http.client.requests} by default, with other tag keys than the gateway's own {@code WebClient} calls
 * (pricing, Keycloak) under the same name; Prometheus accepts only one set of tag keys per name, so whichever
 * registered first kept the name and the other's meters were dropped (a "registration has failed" warning, then
 * silence). Routed calls are {@value #ROUTE_METRIC} now; the gateway's own calls keep {@code http.client.requests}.
 */
@Configuration(proxyBeanMethods = false)
public class RouteObservationConfig {

    /** Observation (and timer) name of a call proxied by a route. */
    public static final String ROUTE_METRIC = "priceflow.gateway.route.requests";

    @Bean
    GatewayObservationConvention routeObservationConvention() {
        return new RouteCalls();
    }

    /** The default tags (route id and URI, method, status), under {@link #ROUTE_METRIC}. */
    static final class RouteCalls extends DefaultGatewayObservationConvention {
        @Override
        public String getName() {
            return ROUTE_METRIC;
        }
    }
}
