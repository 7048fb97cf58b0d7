package dev.priceflow.pricing.policy.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import dev.priceflow.pricing.policy.application.FakePolicyStore;
import dev.priceflow.pricing.policy.application.PolicyAdmin;
import dev.priceflow.pricing.policy.domain.SkuLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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

@WebFluxTest(controllers = PolicyController.class)
@Import(PolicyControllerTest.Ports.class)
class PolicyControllerTest {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    static final String BODY = """
            {"objective":"PROFIT","maxDailyChangePercent":"10","priceEnding":".99","personalizationAllowed":true,
             "personalizationMaxPercent":"8","competitorWithinPercent":"5",
             "channels":{"web":{"optimize":true,"personalize":true},"app":{"optimize":true,"personalize":false}}}""";

    @Autowired
    WebTestClient web;
    @Autowired
    FakePolicyStore store;

    @TestConfiguration
    @Import(dev.priceflow.pricing.adapter.web.PromotionWebSlice.class)
    static class Ports {
        @Bean
        FakePolicyStore fakePolicyStore() {
            return new FakePolicyStore();
        }

        @Bean
        PolicyAdmin policyAdmin(FakePolicyStore store) {
            return new PolicyAdmin(store, store, Duration.ofMillis(500), Duration.ofMillis(50),
                    Clock.fixed(NOW, ZoneOffset.UTC));
        }
    }

    @BeforeEach
    void reset() {
        store.policies.clear();
        store.limits.clear();
        store.audit.clear();
        store.redisDown = false;
        store.version = 0;
    }

    static JwtMutator as(String role) {
        return mockJwt().jwt(jwt -> jwt.subject("mia-id").claim("preferred_username", "mia"))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    WebTestClient.ResponseSpec put(JwtMutator who, String path, String body) {
        return web.mutateWith(who).mutateWith(csrf()).put().uri(path).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    @Test
    void marketingCreatesReadsAndReplacesAPolicyEachChangeAuditedAndBumpingTheVersion() {
        put(as("marketing"), "/api/v1/pricing/policies/home", BODY).expectStatus().isCreated()
                .expectBody().jsonPath("$.category").isEqualTo("home").jsonPath("$.version").isEqualTo(0)
                .jsonPath("$.priceEnding").isEqualTo(".99")
                .jsonPath("$.channels.app.personalize").isEqualTo(false)
                .jsonPath("$.channels.marketplace.optimize").isEqualTo(false);
        put(as("marketing"), "/api/v1/pricing/policies/home", BODY.replace("\"PROFIT\"", "\"REVENUE\"")
                .replace("{\"objective\"", "{\"version\":0,\"objective\"")).expectStatus().isOk()
                .expectBody().jsonPath("$.objective").isEqualTo("REVENUE").jsonPath("$.version").isEqualTo(1)
                .jsonPath("$.updatedBy").isEqualTo("mia-id");
        web.mutateWith(as("marketing")).get().uri("/api/v1/pricing/policies").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].objective").isEqualTo("REVENUE");
        assertThat(store.audit).hasSize(2).allSatisfy(a -> {
            assertThat(a.subject()).isEqualTo("category:home");
            assertThat(a.actorName()).isEqualTo("mia");
        });
        assertThat(store.version).isEqualTo(2);
    }

    @Test
    void badInputIsAFieldNamedProblemAndNothingIsSaved() {
        put(as("marketing"), "/api/v1/pricing/policies/home", BODY.replace("\"10\"", "\"150\"")
                .replace("\".99\"", "\".49\"")).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/invalid-request")
                .jsonPath("$.errors[?(@.field == 'maxDailyChangePercent')]").exists()
                .jsonPath("$.errors[?(@.field == 'priceEnding')]").exists();
        put(as("marketing"), "/api/v1/pricing/policies/nowhere", BODY).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("category");
        assertThat(store.policies).isEmpty();
        assertThat(store.version).isZero();
    }

    @Test
    void aStaleVersionIsAConflictAndAnUnknownCategoryIsNotFound() {
        put(as("marketing"), "/api/v1/pricing/policies/home", BODY).expectStatus().isCreated();
        put(as("marketing"), "/api/v1/pricing/policies/home", BODY.replace("{\"objective\"",
                "{\"version\":7,\"objective\"")).expectStatus().isEqualTo(409);
        web.mutateWith(as("marketing")).get().uri("/api/v1/pricing/policies/bags").exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.type")
                .isEqualTo("https://priceflow.dev/problems/not-found");
    }

    @Test
    void savedButVersionNotBumpedIsA503SayingSo() {
        store.redisDown = true;
        put(as("marketing"), "/api/v1/pricing/policies/home", BODY).expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.saved.category").isEqualTo("home");
        assertThat(store.policies).containsKey("home");
    }

    @Test
    void skuLimitsAreValidatedAndSaved() {
        store.limits.put("MUG-1", new SkuLimits("MUG-1", null, null, null));
        put(as("marketing"), "/api/v1/pricing/skus/MUG-1/limits",
                "{\"floorPrice\":\"5.00\",\"ceilingPrice\":\"4.00\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("floorPrice");
        put(as("marketing"), "/api/v1/pricing/skus/MUG-1/limits",
                "{\"floorPrice\":\"3.00\",\"ceilingPrice\":\"9.00\",\"minMarginPercent\":\"20\"}")
                .expectStatus().isOk().expectBody().jsonPath("$.floorPrice").isEqualTo("3.00");
        put(as("marketing"), "/api/v1/pricing/skus/NOPE/limits", "{}").expectStatus().isNotFound();
    }

    @Test
    void onlyMarketingMayReadOrChangePolicies() {
        put(as("shopper"), "/api/v1/pricing/policies/home", BODY).expectStatus().isForbidden();
        web.mutateWith(as("shopper")).get().uri("/api/v1/pricing/policies").exchange().expectStatus().isForbidden();
        web.get().uri("/api/v1/pricing/policies").exchange().expectStatus().isUnauthorized();
    }
}
