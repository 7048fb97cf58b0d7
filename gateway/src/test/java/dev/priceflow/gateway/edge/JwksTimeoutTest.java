package dev.priceflow.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.server.ResponseStatusException;

/**
 * A Keycloak that accepts the connection and never answers: the request is answered 503 within the JWKS timeout
 * instead of waiting as long as Keycloak hangs; a refused connection is the same answer.
 */
class JwksTimeoutTest {

    @Test
    void aJwksEndpointThatNeverAnswersFailsTheTokenWithinTheResponseTimeout() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = Thread.ofVirtual().start(() -> {
                while (!silent.isClosed()) {
                    try {
                        held.add(silent.accept()); // read nothing, answer nothing
                    } catch (java.io.IOException closed) {
                        return;
                    }
                }
            });
            ReactiveJwtDecoder decoder = JwtConfig.verifier(
                    "http://127.0.0.1:" + silent.getLocalPort() + "/realms/priceflow/certs",
                    Duration.ofMillis(500), Duration.ofMillis(500), jwt -> OAuth2TokenValidatorResult.success());

            long start = System.nanoTime();
            Throwable failure = catchThrowable(() -> decoder.decode(token()).block(Duration.ofSeconds(10)));
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(failure).as("answered, not left waiting").isInstanceOf(ResponseStatusException.class);
            assertThat(((ResponseStatusException) failure).getStatusCode().value())
                    .as("503: the token may be valid, its keys could not be had").isEqualTo(503);
            assertThat(millis).as("within the response timeout, with room for a slow machine").isLessThan(5_000);
            acceptor.interrupt();
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void aRefusedConnectionIsTheSame503AndABadTokenIsNot() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        ReactiveJwtDecoder decoder = JwtConfig.verifier("http://127.0.0.1:" + closedPort + "/certs",
                Duration.ofMillis(500), Duration.ofMillis(500), jwt -> OAuth2TokenValidatorResult.success());
        Throwable refused = catchThrowable(() -> decoder.decode(token()).block(Duration.ofSeconds(10)));
        assertThat(refused).isInstanceOf(ResponseStatusException.class);
        assertThat(JwtConfig.keysUnavailable(new org.springframework.security.oauth2.jwt.BadJwtException("bad")))
                .as("a verdict on the token stays a 401").isFalse();
        assertThat(JwtConfig.keysUnavailable(new IllegalStateException("Could not obtain the keys",
                new java.util.concurrent.TimeoutException()))).isTrue();
    }

    private static String token() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("s").issuer("http://127.0.0.1/realms/priceflow")
                .expirationTime(Date.from(Instant.now().plusSeconds(300))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
