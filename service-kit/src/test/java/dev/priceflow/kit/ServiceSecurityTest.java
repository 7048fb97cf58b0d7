package dev.priceflow.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;
import reactor.core.publisher.Mono;

/** The baseline security is stateless: no request, authorized or refused, ever looks up a web session. */
class ServiceSecurityTest {

    private final AtomicInteger sessionLookups = new AtomicInteger();
    private final WebSessionManager sessions = new WebSessionManager() {
        private final DefaultWebSessionManager delegate = new DefaultWebSessionManager();

        @Override
        public Mono<WebSession> getSession(org.springframework.web.server.ServerWebExchange exchange) {
            return Mono.defer(() -> {
                sessionLookups.incrementAndGet();
                return delegate.getSession(exchange);
            });
        }
    };

    /** A fake of the signature check: "good" verifies as shopper alice, anything else is refused. */
    private final ReactiveJwtDecoder decoder = token -> "good".equals(token)
            ? Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("alice")
                    .claim("realm_access", java.util.Map.of("roles", java.util.List.of("shopper")))
                    .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).build())
            : Mono.error(new BadJwtException("bad signature"));

    private WebTestClient client() {
        SecurityWebFilterChain chain = ServiceSecurity.baseline(ServerHttpSecurity.http())
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtDecoder(decoder)))
                .authorizeExchange(e -> e.pathMatchers("/actuator/health").permitAll()
                        .pathMatchers("/shop").hasRole("shopper")
                        .anyExchange().authenticated())
                .build();
        return WebTestClient.bindToWebHandler(exchange -> {
                    exchange.getResponse().setStatusCode(HttpStatus.OK);
                    return exchange.getResponse().setComplete();
                })
                .webFilter(new WebFilterChainProxy(chain))
                .webSessionManager(sessions)
                .build();
    }

    @Test
    void anAuthorizedRequestLooksUpNoSession() {
        client().get().uri("/shop").header("Authorization", "Bearer good").exchange().expectStatus().isOk();
        assertThat(sessionLookups).hasValue(0);
    }

    @Test
    void refusedAndPublicRequestsLookUpNoSessionEither() {
        WebTestClient client = client();
        client.get().uri("/shop").exchange().expectStatus().isUnauthorized();
        client.get().uri("/shop").header("Authorization", "Bearer forged").exchange().expectStatus().isUnauthorized();
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
        assertThat(sessionLookups).hasValue(0);
    }
}
