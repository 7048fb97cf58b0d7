package dev.priceflow.trends.adapter.web;

import dev.priceflow.kit.KeycloakRealmRoles;
import dev.priceflow.kit.ServiceSecurity;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
                        .pathMatchers(HttpMethod.POST, "/api/v1/competitor-prices")
                        .hasRole(KeycloakRealmRoles.MARKETING)
                        .pathMatchers(HttpMethod.GET, "/api/v1/trends")
                        .hasAnyRole(KeycloakRealmRoles.MARKETING, KeycloakRealmRoles.ADMIN)
                        .pathMatchers("/actuator/**").hasRole(KeycloakRealmRoles.ADMIN)
                        // Deny by default: a new endpoint is closed until it gets its own rule.
                        .anyExchange().denyAll())
                .build();
    }
}
