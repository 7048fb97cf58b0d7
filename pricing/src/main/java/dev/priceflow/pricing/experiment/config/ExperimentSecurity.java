package dev.priceflow.pricing.experiment.config;

import dev.priceflow.kit.KeycloakRealmRoles;
import dev.priceflow.kit.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Access to the experiment and simulation APIs: role marketing only. A chain of its own (matched before the
 * service's main chain), so the main rules stay untouched; same baseline (JWT, problem+json on 401/403).
 */
@Configuration(proxyBeanMethods = false)
class ExperimentSecurity {

    @Bean
    @Order(10)
    SecurityWebFilterChain experimentsAndSimulations(ServerHttpSecurity http) {
        return ServiceSecurity.baseline(http)
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers("/api/v1/pricing/experiments",
                        "/api/v1/pricing/experiments/**", "/api/v1/pricing/simulations"))
                .authorizeExchange(ex -> ex.anyExchange().hasRole(KeycloakRealmRoles.MARKETING))
                .build();
    }
}
