package dev.priceflow.gateway.edge;

import dev.priceflow.kit.security.JwksClient;
import dev.priceflow.kit.security.VerifiedTokens;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClientException;
import org.springframework.web.server.ResponseStatusException;

/**
 * How the gateway verifies tokens: signature against Keycloak's JWKS (keys cached; a token signed by a key
 * Keycloak does not list, or {@code alg: none}, is refused), issuer must be the realm, and expiry with an
 * explicit clock skew ({@code priceflow.gateway.jwt-clock-skew}, default 30 s) instead of the library's 60 s.
 * Verified tokens are remembered ({@link VerifiedTokens}, {@code priceflow.gateway.verified-token-cache}
 * entries) so a shopper's next request skips the signature check but not the expiry and issuer checks.
 * Fetching the JWKS (the first token, and when the cached set must be refreshed) has a 2 s connect and 3 s
 * response timeout; when the keys cannot be fetched the request is answered 503 dependency-unavailable (it was
 * held open as long as Keycloak hung, then answered 500).
 */
@Configuration(proxyBeanMethods = false)
class JwtConfig {

    /**
     * Verifies a token's signature with Keycloak's keys and then {@code validator}. When the keys cannot be had
     * (Keycloak down, hanging past the timeouts) the answer is 503 dependency-unavailable: the token may well be
     * valid, so neither 401 nor a 500 is right.
     */
    static ReactiveJwtDecoder verifier(String jwkSetUri, Duration connect, Duration response,
                                       OAuth2TokenValidator<Jwt> validator) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri)
                .webClient(JwksClient.bounded(connect, response)).build();
        decoder.setJwtValidator(validator);
        return token -> decoder.decode(token).onErrorMap(JwtConfig::keysUnavailable,
                error -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                        "the token could not be verified now: Keycloak's signing keys could not be fetched", error));
    }

    /** A failure to fetch the keys (I/O, timeout), not a verdict on the token (those are JwtExceptions). */
    static boolean keysUnavailable(Throwable error) {
        if (error instanceof JwtException) {
            return false;
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof WebClientException || cause instanceof IOException
                    || cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    @Bean
    VerifiedTokens jwtDecoder(
            @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
            @Value("${priceflow.gateway.jwt-clock-skew:30s}") Duration clockSkew,
            @Value("${priceflow.gateway.verified-token-cache:10000}") int verifiedTokenCache, Clock clock) {
        JwtTimestampValidator expiry = new JwtTimestampValidator(clockSkew);
        expiry.setClock(clock);
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                expiry, new JwtIssuerValidator(issuer));
        ReactiveJwtDecoder verifier = verifier(jwkSetUri, JwksClient.CONNECT_TIMEOUT, JwksClient.RESPONSE_TIMEOUT,
                validator);
        return new VerifiedTokens(verifier, validator, clock, verifiedTokenCache);
    }
}
