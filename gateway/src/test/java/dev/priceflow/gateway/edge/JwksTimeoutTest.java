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
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;

/** A Keycloak that accepts the connection and never answers fails the token in bounded time instead of hanging. */
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
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                    .withJwkSetUri("http://127.0.0.1:" + silent.getLocalPort() + "/realms/priceflow/certs")
                    .webClient(JwtConfig.jwksClient(Duration.ofMillis(500), Duration.ofMillis(500))).build();

            long start = System.nanoTime();
            Throwable failure = catchThrowable(() -> decoder.decode(token()).block(Duration.ofSeconds(10)));
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(failure).as("the token is refused, not left waiting").isNotNull();
            assertThat(failure.getMessage()).doesNotContain("Timeout on blocking read");
            assertThat(millis).as("within the response timeout, with room for a slow machine").isLessThan(5_000);
            acceptor.interrupt();
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
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
