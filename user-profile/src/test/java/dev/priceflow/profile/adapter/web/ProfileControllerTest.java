package dev.priceflow.profile.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import dev.priceflow.contracts.Money;
import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.profile.application.EraseProfile;
import dev.priceflow.profile.application.Fixtures;
import dev.priceflow.profile.application.ProfileQuery;
import dev.priceflow.profile.application.Segmentation;
import dev.priceflow.profile.domain.BehaviourRules;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.reactive.server.WebTestClient;

@WebFluxTest(controllers = {ProfileController.class, SegmentController.class})
@Import({SecurityConfig.class, ProfileProblems.class, ProfileControllerTest.Wiring.class})
class ProfileControllerTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    private static final String ALICE = "6f1c2a8e-0000-4000-8000-00000000a11c";
    private static final String MIA = "6f1c2a8e-0000-4000-8000-0000000003a1";

    @Autowired
    WebTestClient web;

    @Autowired
    Fixtures f;

    @BeforeEach
    void reset() {
        f.profiles.rows.clear();
        f.profiles.processed.clear();
        f.profiles.erasures.clear();
        f.profiles.failing = false;
        f.models.clear();
        f.kafkaDown = false;
        f.product("A1", "kitchen", "10.00");
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJson() {
        web.get().uri("/api/v1/profiles/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.UNAUTHENTICATED.toString());
    }

    @Test
    void rolesGuardEveryEndpoint() {
        as(ALICE, "ROLE_guest").get().uri("/api/v1/profiles/me").exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.FORBIDDEN.toString());
        as(ALICE, "ROLE_shopper").get().uri("/api/v1/profiles/" + MIA).exchange().expectStatus().isForbidden();
        as(ALICE, "ROLE_shopper").get().uri("/api/v1/segments").exchange().expectStatus().isForbidden();
        as(ALICE, "ROLE_shopper").post().uri("/api/v1/segments/retrain").exchange().expectStatus().isForbidden();
        as(MIA, "ROLE_marketing").get().uri("/api/v1/segments").exchange().expectStatus().isOk();
    }

    @Test
    void aShopperReadsTheirOwnProfileWithItsFeatures() {
        buy(ALICE, "8.00", 3);

        as(ALICE, "ROLE_shopper").get().uri("/api/v1/profiles/me").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.userId").isEqualTo(ALICE)
                .jsonPath("$.purchases").isEqualTo(1)
                .jsonPath("$.unitsBought").isEqualTo(3)
                .jsonPath("$.monetary").isEqualTo("24.00")
                .jsonPath("$.currency").isEqualTo("GBP")
                .jsonPath("$.lastEventAt").isEqualTo(NOW.toString())
                .jsonPath("$.rfm.code").isEqualTo("511")
                .jsonPath("$.discountAffinity").isEqualTo(0.8)
                .jsonPath("$.priceSensitivity").isNumber()
                .jsonPath("$.categoryAffinity[0].category").isEqualTo("kitchen")
                .jsonPath("$.categoryAffinity[0].share").isEqualTo(1.0);
    }

    @Test
    void aUserWithoutEventsGetsZeroCountsNot404ButAnAdminLookupOfThemIs404() {
        as(MIA, "ROLE_marketing").get().uri("/api/v1/profiles/me").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.userId").isEqualTo(MIA)
                .jsonPath("$.views").isEqualTo(0)
                .jsonPath("$.monetary").isEqualTo("0.00")
                .jsonPath("$.priceSensitivity").isEqualTo(0.5)
                .jsonPath("$.lastEventAt").doesNotExist();
        as(MIA, "ROLE_admin").get().uri("/api/v1/profiles/" + MIA).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.NOT_FOUND.toString());
    }

    @Test
    void anAdminReadsAnyStoredProfile() {
        buy(ALICE, "10.00", 1);

        as(MIA, "ROLE_admin").get().uri("/api/v1/profiles/" + ALICE).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.userId").isEqualTo(ALICE);
    }

    @Test
    void eraseIs204AndLeavesNothingAnd503WhenAStepFailed() {
        buy(ALICE, "10.00", 1);
        f.kafkaDown = true;
        as(ALICE, "ROLE_shopper").delete().uri("/api/v1/profiles/me").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.DEPENDENCY_UNAVAILABLE.toString());

        f.kafkaDown = false;
        as(ALICE, "ROLE_shopper").delete().uri("/api/v1/profiles/me").exchange().expectStatus().isNoContent();

        assertThat(f.profiles.rows).doesNotContainKey(ALICE);
        assertThat(f.notices).contains(ALICE);
    }

    @Test
    void theExportHoldsTheProfileAndTheRawBehaviour() {
        buy(ALICE, "8.00", 2);

        as(ALICE, "ROLE_shopper").get().uri("/api/v1/profiles/me/export").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.userId").isEqualTo(ALICE)
                .jsonPath("$.profile.monetary").isEqualTo("16.00")
                .jsonPath("$.skus[0].sku").isEqualTo("A1")
                .jsonPath("$.skus[0].paidValue").isEqualTo("16.00")
                .jsonPath("$.skus[0].listPrice").isEqualTo("10.00")
                .jsonPath("$.categoryScores.kitchen").isEqualTo(5.0);
    }

    @Test
    void segmentsBeforeAnyTrainingAreEmptyAndRetrainWithTooFewShoppersIs409() {
        as(MIA, "ROLE_marketing").get().uri("/api/v1/segments").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.segments").isEmpty();
        as(MIA, "ROLE_marketing").post().uri("/api/v1/segments/retrain").exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.CONFLICT.toString());
    }

    @Test
    void retrainingGivesLabelledSegmentsWithSizes() {
        buy(ALICE, "10.00", 40);
        buy(MIA, "5.00", 1);

        as(MIA, "ROLE_marketing").post().uri("/api/v1/segments/retrain").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.k").isEqualTo(2)
                .jsonPath("$.segments[0].label").isEqualTo("high value, price-insensitive, active")
                .jsonPath("$.segments[0].size").isEqualTo(1)
                .jsonPath("$.segments[0].centroid.monetary").isEqualTo(400.0);
    }

    @Test
    void anUnavailableDatabaseIs503ProblemJson() {
        f.profiles.failing = true;

        as(ALICE, "ROLE_shopper").get().uri("/api/v1/profiles/me").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.DEPENDENCY_UNAVAILABLE.toString());
    }

    private void buy(String user, String price, int quantity) {
        f.recordEvent.handle(new PurchaseCompleted(UUID.randomUUID(), NOW, 1, user, "o-" + UUID.randomUUID(),
                List.of(new PurchaseCompleted.Line("A1", quantity, Money.of(price, "GBP")))));
    }

    private WebTestClient as(String subject, String authority) {
        return web.mutateWith(mockJwt().jwt(j -> j.subject(subject)).authorities(new SimpleGrantedAuthority(authority)));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Wiring {
        @Bean
        Fixtures fixtures() {
            Fixtures f = new Fixtures(Clock.fixed(NOW, ZoneOffset.UTC), 2);
            f.profiles.failure = new DataAccessResourceFailureException("connection refused");
            return f;
        }

        @Bean
        ProfileQuery profileQuery(Fixtures f) {
            return new ProfileQuery(f.profiles, f.insights, "GBP", Clock.fixed(NOW, ZoneOffset.UTC));
        }

        @Bean
        EraseProfile eraseProfile(Fixtures f) {
            return f.erase;
        }

        @Bean
        BehaviourRules behaviourRules(Fixtures f) {
            return f.rules;
        }

        @Bean
        Segmentation segmentation(Fixtures f) {
            return f.segmentation;
        }
    }
}
