package dev.priceflow.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
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

/**
 * Every service's decoder, as Spring Boot builds it with the kit's customizer, gives up on a JWKS endpoint that
 * accepts the connection and never answers, within the response timeout (3 s), instead of waiting for it.
 */
class JwksClientTest {

    @Test
    void theKitsCustomizerBoundsTheJwksFetchOfEveryService() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                while (!silent.isClosed()) {
                    try {
                        held.add(silent.accept());
                    } catch (java.io.IOException closed) {
                        return;
                    }
                }
            });
            NimbusReactiveJwtDecoder.JwkSetUriReactiveJwtDecoderBuilder builder = NimbusReactiveJwtDecoder
                    .withJwkSetUri("http://127.0.0.1:" + silent.getLocalPort() + "/certs");
            new VerifiedTokensAutoConfiguration().boundedJwksFetch().customize(builder);
            NimbusReactiveJwtDecoder decoder = builder.build();

            long start = System.nanoTime();
            Throwable failure = catchThrowable(() -> decoder.decode(token()).block(Duration.ofSeconds(15)));
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(failure).isNotNull();
            assertThat(failure.getMessage()).as("failed by the client's timeout, not left waiting")
                    .doesNotContain("Timeout on blocking read");
            assertThat(millis).isBetween(JwksClient.RESPONSE_TIMEOUT.toMillis() - 500, 10_000L);
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    private static String token() throws Exception {
        var key = new RSAKeyGenerator(2048).keyID("k1").generate();
        var claims = new JWTClaimsSet.Builder().subject("s")
                .expirationTime(Date.from(Instant.now().plusSeconds(300))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
