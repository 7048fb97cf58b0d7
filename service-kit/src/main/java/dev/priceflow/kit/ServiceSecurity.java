package dev.priceflow.kit;

import dev.priceflow.kit.security.BearerTokenHeader;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * The security every service starts from: stateless, JWT bearer tokens validated against Keycloak's
 * JWKS, realm roles as authorities, health and OpenAPI documents open, problem+json on 401 and 403.
 * A service adds its own path rules and then calls {@code http.build()}.
 *
 * <p>Stateless means no web session is ever looked up: Spring Security's defaults (a session-backed security
 * context repository and request cache) call {@code exchange.getSession()} on every request, and the in-memory
 * session store creates each session id on the bounded-elastic scheduler and hands the rest of the request to the
 * parallel scheduler — two thread switches and a {@code SecureRandom} id per request that no caller uses.
 */
public final class ServiceSecurity {

    private ServiceSecurity() {
    }

    public static ServerHttpSecurity baseline(ServerHttpSecurity http) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(ProblemResponses.unauthenticated())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .oauth2ResourceServer(rs -> rs
                        .bearerTokenConverter(new BearerTokenHeader())
                        .authenticationEntryPoint(ProblemResponses.unauthenticated())
                        .accessDeniedHandler(ProblemResponses.forbidden())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new KeycloakRealmRoles())));
    }

    /** Paths every service leaves open: health probes and API documents. */
    public static final String[] PUBLIC_PATHS = {
        "/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**",
        "/swagger-ui.html", "/webjars/**"
    };
}
