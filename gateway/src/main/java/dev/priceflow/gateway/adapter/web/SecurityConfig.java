package dev.priceflow.gateway.adapter.web;

import static dev.priceflow.kit.KeycloakRealmRoles.ADMIN;
import static dev.priceflow.kit.KeycloakRealmRoles.MARKETING;
import static dev.priceflow.kit.KeycloakRealmRoles.SHOPPER;

import dev.priceflow.gateway.edge.EdgeConfig;
import dev.priceflow.gateway.edge.EdgeProperties;
import dev.priceflow.gateway.price.adapter.web.CachedPriceFastPath;
import dev.priceflow.kit.ServiceSecurity;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Who may call what. The gateway validates every token itself (Keycloak JWKS) before anything is routed;
 * services behind it validate again (defence in depth).
 */
@Configuration
@EnableWebFluxSecurity
class SecurityConfig {

    /** The storefront and consoles (static pages) load before anyone signs in. */
    static final String[] PAGES = {"/", "/index.html", "/favicon.ico", "/*.html", "/css/**", "/js/**", "/img/**"};

    @Bean
    SecurityWebFilterChain security(ServerHttpSecurity http, EdgeProperties edge) {
        return ServiceSecurity.baseline(http)
                // CORS is handled before security (EdgeConfig), so preflights need no token
                .cors(ServerHttpSecurity.CorsSpec::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(EdgeConfig.contentSecurityPolicy(edge)))
                        .hsts(hsts -> hsts.includeSubdomains(true).maxAge(Duration.ofDays(365))))
                .authorizeExchange(ex -> ex
                        .pathMatchers(ServiceSecurity.PUBLIC_PATHS).permitAll()
                        .pathMatchers("/actuator/**").hasRole(ADMIN)
                        .pathMatchers(HttpMethod.GET, PAGES).permitAll()
                        .pathMatchers(HttpMethod.GET, "/api-docs/*").permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/v1/prices/**")
                        .hasAnyRole(CachedPriceFastPath.READER_ROLES.toArray(String[]::new))
                        .pathMatchers(HttpMethod.POST, "/api/v1/prices/batch").hasRole(SHOPPER)
                        .pathMatchers(HttpMethod.POST, "/api/v1/orders", "/api/v1/orders/price").hasRole(SHOPPER)
                        .pathMatchers("/api/v1/pricing/**").hasRole(MARKETING)
                        .pathMatchers(HttpMethod.GET, "/api/v1/profiles/me", "/api/v1/profiles/me/export")
                        .hasRole(SHOPPER)
                        .pathMatchers(HttpMethod.DELETE, "/api/v1/profiles/me").hasRole(SHOPPER)
                        .pathMatchers(HttpMethod.GET, "/api/v1/profiles/*").hasRole(ADMIN)
                        .pathMatchers(HttpMethod.GET, "/api/v1/segments").hasAnyRole(MARKETING, ADMIN)
                        .pathMatchers(HttpMethod.POST, "/api/v1/segments/retrain").hasAnyRole(MARKETING, ADMIN)
                        .pathMatchers(HttpMethod.GET, "/api/v1/trends").hasAnyRole(MARKETING, ADMIN)
                        .pathMatchers(HttpMethod.POST, "/api/v1/competitor-prices").hasRole(MARKETING)
                        .pathMatchers(HttpMethod.GET, "/api/v1/recommendations", "/api/v1/products/search")
                        .hasRole(SHOPPER)
                        // Marketing and admin may post too, for market events (CompetitorPriceObserved);
                        // which event types each role may send is decided per event (EventRules).
                        .pathMatchers(HttpMethod.POST, "/api/v1/events").hasAnyRole(SHOPPER, MARKETING, ADMIN)
                        .pathMatchers(HttpMethod.GET, "/api/v1/elasticities/*").hasAnyRole(MARKETING, ADMIN)
                        .pathMatchers("/api/v1/forecasts/**", "/api/v1/forecast/models", "/api/v1/forecast/models/**",
                                "/api/v1/forecast/publications")
                        .hasAnyRole(MARKETING, ADMIN)
                        .pathMatchers("/api/v1/promotions/**").hasRole(MARKETING)
                        .pathMatchers("/api/v1/admin/**").hasRole(ADMIN)
                        .anyExchange().authenticated())
                .build();
    }
}
