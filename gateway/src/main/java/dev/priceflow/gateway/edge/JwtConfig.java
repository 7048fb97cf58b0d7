package dev.priceflow.gateway.edge;

import dev.priceflow.kit.security.VerifiedTokens;
import io.netty.channel.ChannelOption;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * How the gateway verifies tokens: signature against Keycloak's JWKS (keys cached; a token signed by a key
 * Keycloak does not list, or {@code alg: none}, is refused), issuer must be the realm, and expiry with an
 * explicit clock skew ({@code priceflow.gateway.jwt-clock-skew}, default 30 s) instead of the library's 60 s.
 * Verified tokens are remembered ({@link VerifiedTokens}, {@code priceflow.gateway.verified-token-cache}
 * entries) so a shopper's next request skips the signature check but not the expiry and issuer checks.
 * Fetching the JWKS (at start, and for a token whose key is not in the cached set) has a 2 s connect and 3 s
 * response timeout: a Keycloak that hangs fails that token like a Keycloak that is down (refused), instead of
 * holding the request open.
 */
@Configuration(proxyBeanMethods = false)
class JwtConfig {

    static final Duration JWKS_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration JWKS_RESPONSE_TIMEOUT = Duration.ofSeconds(3);

    /** The client that fetches Keycloak's JWKS, bounded in time. */
    static WebClient jwksClient(Duration connect, Duration response) {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connect.toMillis())
                .responseTimeout(response);
        return WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
    }

    @Bean
    VerifiedTokens jwtDecoder(
            @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
            @Value("${priceflow.gateway.jwt-clock-skew:30s}") Duration clockSkew,
            @Value("${priceflow.gateway.verified-token-cache:10000}") int verifiedTokenCache, Clock clock) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri)
                .webClient(jwksClient(JWKS_CONNECT_TIMEOUT, JWKS_RESPONSE_TIMEOUT)).build();
        JwtTimestampValidator expiry = new JwtTimestampValidator(clockSkew);
        expiry.setClock(clock);
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                expiry, new JwtIssuerValidator(issuer));
        decoder.setJwtValidator(validator);
        return new VerifiedTokens(decoder, validator, clock, verifiedTokenCache);
    }
}
