package dev.priceflow.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import dev.priceflow.infra.test.Stack;
import dev.priceflow.infra.test.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The admin API of the running gateway against the real Keycloak (service account of priceflow-gateway) and
 * the real Redis audit stream. bob is a shopper again after every test.
 */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.GATEWAY, Server.KEYCLOAK, Server.REDIS})
class AdminApiIT {

    static final String BOB = "6f1c2a8e-0000-4000-8000-000000000b0b";
    static final String ADAM = "6f1c2a8e-0000-4000-8000-00000000ada3";

    private static WebTestClient gateway;
    private static Tokens tokens;

    @BeforeAll
    static void connect(Stack stack, Tokens keycloak) {
        gateway = WebTestClient.bindToServer().baseUrl(stack.gateway().toString())
                .responseTimeout(Duration.ofSeconds(15)).build();
        tokens = keycloak;
    }

    private static String adam() {
        return "Bearer " + tokens.accessToken("adam", "adam");
    }

    @AfterEach
    void bobIsAShopperAgain() {
        gateway.delete().uri("/api/v1/admin/users/{id}/roles/marketing", BOB).header("Authorization", adam())
                .exchange().expectStatus().isOk();
    }

    @Test
    void anAdminGrantsAndRevokesARoleAndBothAreAudited() {
        Instant start = Instant.now().minusSeconds(1);
        gateway.get().uri("/api/v1/admin/users?q=bob").header("Authorization", adam()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.username == 'bob')].id").isEqualTo(BOB);
        gateway.put().uri("/api/v1/admin/users/{id}/roles/marketing", BOB).header("Authorization", adam()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.roles").value(r -> assertThat(r.toString()).contains("marketing", "shopper"));
        gateway.delete().uri("/api/v1/admin/users/{id}/roles/marketing", BOB).header("Authorization", adam())
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.roles").value(r -> assertThat(r.toString()).doesNotContain("marketing"));

        Map<String, Object> page = gateway.get().uri("/api/v1/admin/audit?limit=50").header("Authorization", adam())
                .exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult().getResponseBody();
        @SuppressWarnings("unchecked")
        var mine = ((java.util.List<Map<String, Object>>) page.get("items")).stream()
                .filter(e -> BOB.equals(e.get("targetId")) && ADAM.equals(e.get("actorId")))
                .filter(e -> !Instant.parse((String) e.get("at")).isBefore(start))
                .map(e -> e.get("action") + " " + e.get("role")).toList();
        assertThat(mine).containsSubsequence("REVOKE_ROLE marketing", "GRANT_ROLE marketing");
    }

    @Test
    void theLastAdministratorCannotRevokeHisOwnRole() {
        gateway.delete().uri("/api/v1/admin/users/{id}/roles/admin", ADAM).header("Authorization", adam()).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/conflict");
    }

    @Test
    void onlyAdministratorsGetIn() {
        gateway.get().uri("/api/v1/admin/users").header("Authorization", "Bearer " + tokens.accessToken("mia", "mia"))
                .exchange().expectStatus().isForbidden();
        gateway.put().uri("/api/v1/admin/users/{id}/roles/superuser", BOB).header("Authorization", adam()).exchange()
                .expectStatus().isBadRequest();
    }
}
