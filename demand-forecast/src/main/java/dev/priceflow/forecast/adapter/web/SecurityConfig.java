package dev.priceflow.forecast.adapter.web;

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
public class SecurityConfig {

    @Bean
    SecurityWebFilterChain security(ServerHttpSecurity http) {
        return ServiceSecurity.baseline(http)
                .authorizeExchange(ex -> ex
                        .pathMatchers(ServiceSecurity.PUBLIC_PATHS).permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/v1/forecast/sales/imports")
                        .hasAnyRole(KeycloakRealmRoles.MARKETING, KeycloakRealmRoles.ADMIN)
                        // read-only service accounts (pricing's elasticity refresher) besides marketing and admin
                        .pathMatchers(HttpMethod.GET, "/api/v1/elasticities/*", "/api/v1/forecasts/**")
                        .hasAnyRole(KeycloakRealmRoles.MARKETING, KeycloakRealmRoles.ADMIN,
                                KeycloakRealmRoles.FORECAST_READER)
                        .pathMatchers(HttpMethod.POST, "/api/v1/forecast/publications")
                        .hasAnyRole(KeycloakRealmRoles.MARKETING, KeycloakRealmRoles.ADMIN)
                        .pathMatchers("/api/v1/forecasts/**", "/api/v1/forecast/models", "/api/v1/forecast/models/**")
                        .hasAnyRole(KeycloakRealmRoles.MARKETING, KeycloakRealmRoles.ADMIN)
                        .anyExchange().authenticated())
                .build();
    }
}
