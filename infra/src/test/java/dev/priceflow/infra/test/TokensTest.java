package dev.priceflow.infra.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a fake token endpoint on loopback: what is sent, what is cached, what an error says. */
class TokensTest {

    private HttpServer keycloak;
    private final AtomicInteger grants = new AtomicInteger();
    private final List<String> forms = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile int expiresIn = 300;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T10:00:00Z"));
    private Tokens tokens;

    static String jwt(String payloadJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    @BeforeEach
    void startFakeKeycloak() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        keycloak.createContext("/realms/priceflow/protocol/openid-connect/token", exchange -> {
            forms.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int n = grants.incrementAndGet();
            String body = status == 200
                    ? "{\"access_token\":\"" + jwt("{\"sub\":\"u\",\"n\":" + n
                            + ",\"realm_access\":{\"roles\":[\"shopper\",\"offline_access\"]}}")
                            + "\",\"expires_in\":" + expiresIn + ",\"token_type\":\"Bearer\"}"
                    : "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        keycloak.start();
        URI endpoint = URI.create("http://127.0.0.1:" + keycloak.getAddress().getPort()
                + "/realms/priceflow/protocol/openid-connect/token");
        tokens = new Tokens(endpoint, clock);
    }

    @AfterEach
    void stop() {
        keycloak.stop(0);
    }

    @Test
    void aPasswordGrantForTheCliClientReturnsTheAccessToken() {
        String token = tokens.accessToken("alice", "p&ss word");

        assertThat(Tokens.realmRoles(token)).containsExactly("shopper", "offline_access");
        assertThat(forms.getFirst()).contains("grant_type=password", "client_id=priceflow-cli",
                "username=alice", "password=p%26ss+word");
    }

    @Test
    void aTokenIsReusedUntilThirtySecondsBeforeItExpires() {
        String first = tokens.accessToken("alice", "alice");
        clock.advance(Duration.ofSeconds(269));
        String cached = tokens.accessToken("alice", "alice");
        clock.advance(Duration.ofSeconds(1));
        String renewed = tokens.accessToken("alice", "alice");

        assertThat(cached).isEqualTo(first);
        assertThat(renewed).isNotEqualTo(first);
        assertThat(grants).hasValue(2);
    }

    @Test
    void aFreshTokenIsAlwaysANewGrantAndLeavesTheCacheAlone() {
        String cached = tokens.accessToken("alice", "alice");
        String fresh = tokens.freshAccessToken("alice", "alice");

        assertThat(fresh).isNotEqualTo(cached);
        assertThat(tokens.accessToken("alice", "alice")).isEqualTo(cached);
        assertThat(grants).hasValue(2);
    }

    @Test
    void eachUserHasItsOwnToken() {
        String alice = tokens.accessToken("alice", "alice");
        String bob = tokens.accessToken("bob", "bob");

        assertThat(alice).isNotEqualTo(bob);
        assertThat(Tokens.claims(bob).path("n").asInt()).isEqualTo(2);
    }

    @Test
    void aRefusedGrantSaysWhoAndWhyButNeverThePassword() {
        status = 401;

        assertThatThrownBy(() -> tokens.accessToken("alice", "wrong-secret"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'alice'").hasMessageContaining("HTTP 401")
                .hasMessageContaining("invalid_grant").hasMessageNotContaining("wrong-secret");
    }

    @Test
    void anUnreachableKeycloakSaysHowToStartIt() {
        keycloak.stop(0);

        assertThatThrownBy(() -> tokens.accessToken("alice", "alice"))
                .hasMessageContaining("./priceflow up --servers-only");
    }

    @Test
    void claimsAreTheDecodedPayload() {
        assertThat(Tokens.claims(jwt("{\"sub\":\"6f1c\",\"preferred_username\":\"alice\"}"))
                .path("preferred_username").asString()).isEqualTo("alice");
        assertThatThrownBy(() -> Tokens.claims("not-a-jwt")).isInstanceOf(IllegalArgumentException.class);
    }
}
