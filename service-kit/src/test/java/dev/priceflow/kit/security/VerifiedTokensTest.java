package dev.priceflow.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final AtomicInteger verifications = new AtomicInteger();

    /** A fake of the signature check: "good-*" tokens verify and expire in 5 minutes, anything else is refused. */
    private final ReactiveJwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("good-")) {
            return Mono.error(new BadJwtException("bad signature"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject(token.substring(5))
                .issuedAt(NOW).expiresAt(NOW.plus(Duration.ofMinutes(5))).build());
    };

    private VerifiedTokens tokens(int capacity) {
        JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ofSeconds(30));
        expiry.setClock(clock);
        return new VerifiedTokens(verifier, expiry, clock, capacity);
    }

    @Test
    void aVerifiedTokenIsNotVerifiedAgain() {
        VerifiedTokens tokens = tokens(10);
        StepVerifier.create(tokens.decode("good-alice")).assertNext(jwt -> assertThat(jwt.getSubject())
                .isEqualTo("alice")).verifyComplete();
        StepVerifier.create(tokens.decode("good-alice")).assertNext(jwt -> assertThat(jwt.getSubject())
                .isEqualTo("alice")).verifyComplete();
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        VerifiedTokens tokens = tokens(10);
        StepVerifier.create(tokens.decode("forged")).expectError(BadJwtException.class).verify();
        StepVerifier.create(tokens.decode("forged")).expectError(BadJwtException.class).verify();
        assertThat(verifications).hasValue(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpiresBeyondTheSkew() {
        VerifiedTokens tokens = tokens(10);
        tokens.decode("good-bob").block();
        clock.now = NOW.plus(Duration.ofMinutes(5)).plusSeconds(29);
        StepVerifier.create(tokens.decode("good-bob")).expectNextCount(1).verifyComplete();
        clock.now = NOW.plus(Duration.ofMinutes(5)).plusSeconds(31);
        StepVerifier.create(tokens.decode("good-bob")).expectError(JwtValidationException.class).verify();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void theCacheStaysWithinItsCapacity() {
        VerifiedTokens tokens = tokens(3);
        for (int i = 0; i < 10; i++) {
            tokens.decode("good-user" + i).block();
            assertThat(tokens.size()).isLessThanOrEqualTo(3);
        }
        assertThat(verifications).hasValue(10);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void alreadyVerifiedAnswersOnlyRememberedValidTokensAndNeverVerifies() {
        VerifiedTokens tokens = tokens(10);
        assertThat(tokens.alreadyVerified("good-carol")).as("never verified here").isNull();
        assertThat(verifications).hasValue(0);
        tokens.decode("good-carol").block();
        assertThat(tokens.alreadyVerified("good-carol").getSubject()).isEqualTo("carol");
        clock.now = NOW.plus(Duration.ofMinutes(5)).plusSeconds(31);
        assertThat(tokens.alreadyVerified("good-carol")).as("expired beyond the skew").isNull();
        assertThat(verifications).hasValue(1);
    }
}
