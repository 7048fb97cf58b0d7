package dev.priceflow.profile;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import dev.priceflow.infra.test.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** /profiles/me over real HTTP with real Keycloak tokens: the path the gateway takes. */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.KAFKA, Server.POSTGRES, Server.REDIS, Server.KEYCLOAK})
// No event consumption here: this class must not join (and move) the service's real consumer group.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.listener.auto-startup=false", "priceflow.profile.segments.scheduled=false"})
class ProfileOverKeycloakIT {

    private static final String ALICE_ID = "6f1c2a8e-0000-4000-8000-00000000a11c";
    private static final String ADAM_ID = "6f1c2a8e-0000-4000-8000-00000000ada3";

    @LocalServerPort
    int port;

    @Test
    void aShoppersTokenReadsTheProfileOfItsSubject(Tokens tokens) {
        http().get().uri("/api/v1/profiles/me").headers(h -> h.setBearerAuth(tokens.accessToken("alice", "alice")))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.userId").isEqualTo(ALICE_ID).jsonPath("$.currency").isEqualTo("GBP");
    }

    @Test
    void anAdminReadsTheirOwnProfileNotAnotherOne(Tokens tokens) {
        http().get().uri("/api/v1/profiles/me").headers(h -> h.setBearerAuth(tokens.accessToken("adam", "adam")))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.userId").isEqualTo(ADAM_ID);
    }

    @Test
    void aForgedTokenIs401ProblemJson() {
        http().get().uri("/api/v1/profiles/me").headers(h -> h.setBearerAuth("eyJhbGciOiJSUzI1NiJ9.e30.c2ln"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.UNAUTHENTICATED.toString());
    }

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(java.time.Duration.ofSeconds(20)).build();
    }
}
