package dev.priceflow.recommender.adapter.web;

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
                        .pathMatchers(HttpMethod.GET, "/api/v1/recommendations", "/api/v1/products/search")
                        .hasRole(KeycloakRealmRoles.SHOPPER)
                        // Deny by default: a new endpoint is closed until it gets its own rule.
                        .anyExchange().denyAll())
                .build();
    }
}
