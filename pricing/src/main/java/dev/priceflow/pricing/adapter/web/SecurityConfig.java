package dev.priceflow.pricing.adapter.web;

import dev.priceflow.kit.KeycloakRealmRoles;
import dev.priceflow.kit.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

@Configuration
@EnableWebFluxSecurity
class SecurityConfig {

    @Bean
    SecurityWebFilterChain security(ServerHttpSecurity http) {
        return ServiceSecurity.baseline(http)
                .authorizeExchange(ex -> ex
                        .pathMatchers(ServiceSecurity.PUBLIC_PATHS).permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/v1/prices/*").hasAnyRole(KeycloakRealmRoles.SHOPPER,
                                KeycloakRealmRoles.MARKETING, KeycloakRealmRoles.ADMIN)
                        .pathMatchers(HttpMethod.POST, "/api/v1/prices/batch", "/api/v1/orders/price",
                                "/api/v1/orders").hasRole(KeycloakRealmRoles.SHOPPER)
                        .pathMatchers("/api/v1/promotions", "/api/v1/promotions/**")
                        .hasRole(KeycloakRealmRoles.MARKETING)
                        .pathMatchers("/api/v1/pricing/policies", "/api/v1/pricing/policies/*",
                                "/api/v1/pricing/skus/*/limits").hasRole(KeycloakRealmRoles.MARKETING)
                        .pathMatchers("/actuator/**").hasRole(KeycloakRealmRoles.ADMIN)
                        // Deny by default: a new endpoint is closed until it gets its own rule.
                        .anyExchange().denyAll())
                .build();
    }
}
