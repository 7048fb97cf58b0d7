package dev.priceflow.gateway.admin.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.gateway.adapter.web.WebSliceConfig;
import dev.priceflow.gateway.admin.application.FakeAuditLog;
import dev.priceflow.gateway.admin.application.FakeDirectory;
import dev.priceflow.gateway.admin.application.ManageAccess;
import dev.priceflow.gateway.admin.domain.Role;
import dev.priceflow.gateway.support.Tokens;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@WebFluxTest(controllers = AdminController.class)
@Import({WebSliceConfig.class, AdminEndpointTest.Ports.class})
class AdminEndpointTest {

    static final String ADAM = "6f1c2a8e-0000-4000-8000-00000000ada3";
    static final String BOB = "6f1c2a8e-0000-4000-8000-000000000b0b";

    @TestConfiguration(proxyBeanMethods = false)
    static class Ports {
        @Bean
        FakeDirectory directory() {
            return new FakeDirectory();
        }

        @Bean
        FakeAuditLog auditLog() {
            return new FakeAuditLog();
        }

        @Bean
        ManageAccess manageAccess(FakeDirectory directory, FakeAuditLog audit) {
            return new ManageAccess(directory, audit, Clock.systemUTC());
        }
    }

    @Autowired
    WebTestClient client;
    @Autowired
    FakeDirectory directory;
    @Autowired
    FakeAuditLog audit;

    @BeforeEach
    void users() {
        directory.users.clear();
        directory.applied.clear();
        directory.down = false;
        audit.entries.clear();
        audit.down = false;
        directory.with(ADAM, true, Role.ADMIN).with(BOB, true, Role.SHOPPER);
    }

    private WebTestClient admin() {
        return client.mutateWith(Tokens.as(ADAM, "admin"));
    }

    @Test
    void onlyAdministratorsMayUseTheAdminApi() {
        client.mutateWith(Tokens.marketing()).put().uri("/api/v1/admin/users/{id}/roles/marketing", BOB).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/v1/admin/users").exchange().expectStatus().isUnauthorized();
        assertThat(directory.applied).isEmpty();
    }

    @Test
    void anAdminGrantsAndRevokesARoleAndTheAuditShowsBoth() {
        admin().put().uri("/api/v1/admin/users/{id}/roles/marketing", BOB).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.roles").value(roles -> assertThat(roles.toString()).contains("marketing"));
        admin().delete().uri("/api/v1/admin/users/{id}/roles/marketing", BOB).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.roles[0]").isEqualTo("shopper");
        admin().get().uri("/api/v1/admin/audit?limit=10").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[0].action").isEqualTo("REVOKE_ROLE")
                .jsonPath("$.items[1].action").isEqualTo("GRANT_ROLE")
                .jsonPath("$.items[1].actorId").isEqualTo(ADAM)
                .jsonPath("$.items[1].targetId").isEqualTo(BOB)
                .jsonPath("$.items[1].role").isEqualTo("marketing");
    }

    @Test
    void removingTheLastAdminIs409Problem() {
        admin().delete().uri("/api/v1/admin/users/{id}/roles/admin", ADAM).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/conflict");
        admin().put().uri("/api/v1/admin/users/{id}/enabled", ADAM).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"enabled\":false}").exchange()
                .expectStatus().isEqualTo(409);
        assertThat(directory.applied).isEmpty();
    }

    @Test
    void badInputIs400AndAnUnknownUser404() {
        admin().put().uri("/api/v1/admin/users/{id}/roles/superuser", BOB).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/invalid-request");
        admin().get().uri("/api/v1/admin/users?size=500").exchange().expectStatus().isBadRequest();
        admin().put().uri("/api/v1/admin/users/{id}/enabled", BOB).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange().expectStatus().isBadRequest();
        admin().put().uri("/api/v1/admin/users/{id}/roles/admin", "no-such-user").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void searchIsPaged() {
        admin().get().uri("/api/v1/admin/users?q=6f1c&page=1&size=1").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(2)
                .jsonPath("$.page").isEqualTo(1)
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(BOB);
    }

    @Test
    void keycloakDownIs503ProblemAndNothingIsAudited() {
        directory.down = true;
        admin().put().uri("/api/v1/admin/users/{id}/enabled", BOB).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"enabled\":false}").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/dependency-unavailable");
        assertThat(audit.entries).isEmpty();
    }
}
