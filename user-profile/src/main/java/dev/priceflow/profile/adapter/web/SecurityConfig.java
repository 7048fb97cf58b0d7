package dev.priceflow.profile.adapter.web;

import static dev.priceflow.kit.KeycloakRealmRoles.ADMIN;
import static dev.priceflow.kit.KeycloakRealmRoles.MARKETING;
import static dev.priceflow.kit.KeycloakRealmRoles.SHOPPER;

import dev.priceflow.kit.ServiceSecurity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

// Only with a web server: the rebuild CLI (RebuildProfilesMain) runs the same context without one.
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableWebFluxSecurity
class SecurityConfig {

    private static final String ME = "/api/v1/profiles/me";

    @Bean
    SecurityWebFilterChain security(ServerHttpSecurity http) {
        return ServiceSecurity.baseline(http)
                .authorizeExchange(ex -> ex
                        .pathMatchers(ServiceSecurity.PUBLIC_PATHS).permitAll()
                        // one's own profile: every signed-in role has one (staff too)
                        .pathMatchers(HttpMethod.GET, ME, ME + "/export").hasAnyRole(SHOPPER, MARKETING, ADMIN)
                        .pathMatchers(HttpMethod.DELETE, ME).hasAnyRole(SHOPPER, MARKETING, ADMIN)
                        .pathMatchers(HttpMethod.GET, "/api/v1/profiles/*").hasRole(ADMIN)
                        .pathMatchers(HttpMethod.GET, "/api/v1/segments").hasAnyRole(MARKETING, ADMIN)
                        .pathMatchers(HttpMethod.POST, "/api/v1/segments/retrain").hasAnyRole(MARKETING, ADMIN)
                        .anyExchange().authenticated())
                .build();
    }
}
