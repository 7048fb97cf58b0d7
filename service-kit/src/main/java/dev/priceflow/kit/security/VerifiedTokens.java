package dev.priceflow.kit.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens whose signature was verified, so a shopper's next requests skip the RSA check (the most
 * expensive step of a cached price). Safe because a token is immutable: the same string carries the same
 * signed claims. On every hit the claims are validated again (expiry with the configured skew, issuer), so an
 * expired token is refused exactly as without the cache. What the cache cannot do: forget a token whose
 * signing key Keycloak withdraws before the token expires — it stays accepted until its own expiry (minutes,
 * the realm's access-token lifespan), as a JWKS cached by the decoder would anyway.
 * Bounded: at {@code capacity} entries the expired ones are dropped, and if that frees nothing the cache starts
 * over (a burst of new tokens costs one RSA check each, never memory).
 */
public final class VerifiedTokens implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Clock clock;
    private final int capacity;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    /**
     * {@code validator} is run again on every hit: at least the expiry check with the same skew the verifier uses.
     */
    public VerifiedTokens(ReactiveJwtDecoder verifier, OAuth2TokenValidator<Jwt> validator, Clock clock, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.verifier = verifier;
        this.validator = validator;
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.get(token);
        if (known == null) {
            return verifier.decode(token).doOnNext(jwt -> remember(token, jwt));
        }
        OAuth2TokenValidatorResult result = validator.validate(known);
        if (result.hasErrors()) {
            verified.remove(token);
            return Mono.error(new JwtValidationException(
                    result.getErrors().iterator().next().getDescription(), result.getErrors()));
        }
        return Mono.just(known);
    }

    /**
     * The claims of a token this instance has verified before and that still passes the validator (expiry, issuer);
     * {@code null} otherwise — then only {@link #decode} may decide (it verifies, refuses and forgets). Never checks
     * a signature itself, never blocks: for code that answers before the security filter chain (the gateway's
     * cached-price fast path), which sends everything it cannot decide here through the chain.
     */
    public Jwt alreadyVerified(String token) {
        Jwt known = verified.get(token);
        if (known == null || validator.validate(known).hasErrors()) {
            return null;
        }
        return known;
    }

    /** How many tokens are remembered now. */
    public int size() {
        return verified.size();
    }

    private void remember(String token, Jwt jwt) {
        if (jwt.getExpiresAt() == null) {
            return; // never cache a token without an expiry (Keycloak always sets one)
        }
        if (verified.size() >= capacity) {
            Instant now = clock.instant();
            verified.values().removeIf(cached -> !cached.getExpiresAt().isAfter(now));
            if (verified.size() >= capacity) {
                verified.clear();
            }
        }
        verified.put(token, jwt);
    }
}
