package dev.priceflow.pricing.promotion.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import dev.priceflow.pricing.promotion.application.ChangeNotifier;
import dev.priceflow.pricing.promotion.application.FakePromotionPorts;
import dev.priceflow.pricing.promotion.application.PromotionAdmin;
import dev.priceflow.pricing.promotion.application.PromotionLifecycle;
import dev.priceflow.pricing.promotion.application.PromotionSettings;
import dev.priceflow.pricing.promotion.domain.ManagedPromotion;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

@WebFluxTest(controllers = PromotionController.class)
@Import({PromotionControllerTest.Ports.class})
class PromotionControllerTest {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    static final String MIA = "6f1c2a8e-0000-4000-8000-0000000003a1";
    static final String BODY = """
            {"name":"Summer","kind":"PERCENT_OFF","value":"%s","target":{"sku":"SKU-1"},
             "startsAt":"2026-06-02T00:00:00Z","endsAt":"2026-06-09T00:00:00Z","status":"scheduled"}""";

    @Autowired
    WebTestClient web;
    @Autowired
    FakePromotionPorts ports;

    @TestConfiguration
    @Import({dev.priceflow.pricing.adapter.web.PromotionWebSlice.class})
    static class Ports {
        @Bean
        FakePromotionPorts fakePromotionPorts() {
            return new FakePromotionPorts();
        }

        @Bean
        PromotionAdmin promotionAdmin(FakePromotionPorts ports) {
            PromotionSettings settings = new PromotionSettings(Duration.ofMillis(500), Duration.ofMillis(50), 2,
                    Duration.ofMillis(1), Duration.ofMillis(50));
            return new PromotionAdmin(ports, new ChangeNotifier(ports, ports, settings, UUID::randomUUID,
                    new SimpleMeterRegistry()), settings, Clock.fixed(NOW, ZoneOffset.UTC), UUID::randomUUID);
        }

        @Bean
        PromotionLifecycle promotionLifecycle(PromotionAdmin admin, FakePromotionPorts ports) {
            return new PromotionLifecycle(admin, ports);
        }
    }

    @BeforeEach
    void reset() {
        ports.rows.clear();
        ports.audit.clear();
        ports.redisDown = false;
    }

    private static JwtMutator as(String role) {
        return mockJwt().jwt(jwt -> jwt.subject(MIA).claim("preferred_username", "mia"))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    private WebTestClient.ResponseSpec post(JwtMutator who, String body) {
        WebTestClient client = who == null ? web : web.mutateWith(who);
        return client.mutateWith(csrf()).post().uri("/api/v1/promotions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    @Test
    void marketingCreatesAPromotion201WithLocationAndTheAuditNamesTheUser() {
        post(as("marketing"), BODY.formatted("20")).expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/v1/promotions/[0-9a-f-]{36}")
                .expectBody()
                .jsonPath("$.status").isEqualTo("scheduled")
                .jsonPath("$.value").isEqualTo("20")
                .jsonPath("$.target.sku").isEqualTo("SKU-1")
                .jsonPath("$.version").isEqualTo(0)
                .jsonPath("$.createdBy").isEqualTo(MIA);
        assertThat(ports.audit).singleElement().satisfies(a -> assertThat(a.actor().username()).isEqualTo("mia"));
    }

    @Test
    void withoutATokenIs401AndAShopperIs403() {
        post(null, BODY.formatted("20")).expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        post(as("shopper"), BODY.formatted("20")).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.mutateWith(as("shopper")).get().uri("/api/v1/promotions").exchange().expectStatus().isForbidden();
        assertThat(ports.rows).isEmpty();
    }

    @Test
    void badInputIs400ProblemNamingEachField() {
        post(as("marketing"), BODY.formatted("100").replace("\"Summer\"", "\"\"")).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("name")
                .jsonPath("$.errors[1].field").isEqualTo("value")
                .jsonPath("$.errors[1].message").isEqualTo("a percentage off must be below 100");
        assertThat(ports.rows).isEmpty();
    }

    @Test
    void unknownOrMalformedIdsAre404() {
        web.mutateWith(as("marketing")).get().uri("/api/v1/promotions/{id}", UUID.randomUUID()).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.mutateWith(as("marketing")).mutateWith(csrf()).post().uri("/api/v1/promotions/not-a-uuid/end").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void editingWithAStaleVersionIs409AndTheCurrentOneSucceeds() {
        post(as("marketing"), BODY.formatted("20")).expectStatus().isCreated();
        ManagedPromotion saved = ports.rows.values().iterator().next();

        web.mutateWith(as("marketing")).mutateWith(csrf()).patch().uri("/api/v1/promotions/{id}", saved.id())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"value\":\"25\",\"version\":3}").exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/conflict");
        web.mutateWith(as("marketing")).mutateWith(csrf()).patch().uri("/api/v1/promotions/{id}", saved.id())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"value\":\"25\",\"version\":0}").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.value").isEqualTo("25").jsonPath("$.version").isEqualTo(1);
    }

    @Test
    void endingAnswersTheEndedPromotionAndListingFiltersByStatus() {
        post(as("marketing"), BODY.formatted("20")).expectStatus().isCreated();
        UUID id = ports.rows.keySet().iterator().next();

        web.mutateWith(as("marketing")).mutateWith(csrf()).post().uri("/api/v1/promotions/{id}/end", id).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ended");
        web.mutateWith(as("marketing")).get().uri("/api/v1/promotions?status=ended").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(1);
        web.mutateWith(as("marketing")).get().uri("/api/v1/promotions?status=bogus").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
    }

    @Test
    void aSavedChangeWhoseVersionBumpFailedIs503SayingItIsSaved() {
        ports.redisDown = true;

        post(as("marketing"), BODY.formatted("20")).expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("is saved", "60 s"))
                .jsonPath("$.promotion.id").isNotEmpty();
        assertThat(ports.rows).hasSize(1);
    }
}
