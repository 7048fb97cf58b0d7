package dev.priceflow.gateway.adapter.web;

import dev.priceflow.kit.ServiceSecurity;
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
                        .anyExchange().authenticated())
                .build();
    }
}
