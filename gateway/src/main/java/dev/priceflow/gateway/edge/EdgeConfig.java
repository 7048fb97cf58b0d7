package dev.priceflow.gateway.edge;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Body size limit and the CORS policy that SecurityConfig applies. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EdgeProperties.class)
public class EdgeConfig {

    @Bean
    BodySizeLimit bodySizeLimit(EdgeProperties edge) {
        return new BodySizeLimit(edge.maxBodyBytes());
    }

    /**
     * CORS before everything else (security included, so a preflight needs no token): only the configured
     * storefront origins, only the API, bearer tokens (no cookies). Anything else cross-origin gets 403.
     */
    @Bean
    OrderedCors corsFilter(EdgeProperties edge) {
        return new OrderedCors(new CorsWebFilter(corsConfiguration(edge)));
    }

    static CorsConfigurationSource corsConfiguration(EdgeProperties edge) {
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOrigins(edge.corsOrigins());
        api.addAllowedMethod("GET");
        api.addAllowedMethod("POST");
        api.addAllowedMethod("PUT");
        api.addAllowedMethod("DELETE");
        api.addAllowedHeader("Authorization");
        api.addAllowedHeader("Content-Type");
        api.addAllowedHeader("X-Request-Id");
        api.addAllowedHeader("Idempotency-Key");
        api.addExposedHeader("X-Request-Id");
        api.addExposedHeader("X-Cache");
        api.addExposedHeader("Retry-After");
        api.setAllowCredentials(false);
        api.setMaxAge(600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", api);
        return source;
    }

    /** {@link CorsWebFilter} right after the correlation id filter. */
    record OrderedCors(CorsWebFilter cors) implements WebFilter, Ordered {
        @Override
        public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
            return cors.filter(exchange, chain);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 15;
        }
    }

    /** The pages' Content-Security-Policy: own scripts only, Keycloak for sign-in and token calls. */
    public static String contentSecurityPolicy(EdgeProperties edge) {
        String keycloak = edge.keycloakOrigin();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self' " + keycloak + "; frame-src " + keycloak + "; form-action 'self' " + keycloak
                + "; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    }
}
