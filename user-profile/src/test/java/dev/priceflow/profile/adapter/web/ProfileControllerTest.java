package dev.priceflow.profile.adapter.web;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.profile.application.ProfileQuery;
import dev.priceflow.profile.application.Profiles;
import dev.priceflow.profile.domain.ProfileAggregation;
import dev.priceflow.profile.domain.ProfileDelta;
import dev.priceflow.profile.domain.ProfileTotals;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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

@WebFluxTest(controllers = ProfileController.class)
@Import({SecurityConfig.class, ProfileControllerTest.Fakes.class})
class ProfileControllerTest {

    private static final String ALICE = "6f1c2a8e-0000-4000-8000-00000000a11c";
    private static final String MIA = "6f1c2a8e-0000-4000-8000-0000000003a1";

    @Autowired
    WebTestClient web;

    @Autowired
    FakeProfiles profiles;

    @BeforeEach
    void reset() {
        profiles.rows.clear();
        profiles.down = false;
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJson() {
        web.get().uri("/api/v1/profiles/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.UNAUTHENTICATED.toString());
    }

    @Test
    void aTokenWithoutAnAllowedRoleIs403() {
        web.mutateWith(mockJwt().jwt(j -> j.subject(ALICE)).authorities(new SimpleGrantedAuthority("ROLE_guest")))
                .get().uri("/api/v1/profiles/me").exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.FORBIDDEN.toString());
    }

    @Test
    void aShopperReadsTheirOwnProfileByTokenSubject() {
        profiles.rows.put(ALICE, new ProfileTotals(ALICE, 3, 2, 1, 4, 6, new BigDecimal("15.30"), "GBP",
                Instant.parse("2026-11-20T10:15:30Z")));
        profiles.rows.put(MIA, ProfileTotals.empty(MIA, "GBP"));

        asUser(ALICE, "ROLE_shopper").get().uri("/api/v1/profiles/me").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.userId").isEqualTo(ALICE)
                .jsonPath("$.views").isEqualTo(3)
                .jsonPath("$.cartAdds").isEqualTo(2)
                .jsonPath("$.purchases").isEqualTo(1)
                .jsonPath("$.searches").isEqualTo(4)
                .jsonPath("$.unitsBought").isEqualTo(6)
                .jsonPath("$.monetary").isEqualTo("15.30")
                .jsonPath("$.currency").isEqualTo("GBP")
                .jsonPath("$.lastEventAt").isEqualTo("2026-11-20T10:15:30Z");
    }

    @Test
    void aUserWithoutEventsGetsZeroCountsNot404() {
        asUser(MIA, "ROLE_marketing").get().uri("/api/v1/profiles/me").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.userId").isEqualTo(MIA)
                .jsonPath("$.views").isEqualTo(0)
                .jsonPath("$.purchases").isEqualTo(0)
                .jsonPath("$.monetary").isEqualTo("0.00")
                .jsonPath("$.currency").isEqualTo("GBP")
                .jsonPath("$.lastEventAt").doesNotExist();
    }

    @Test
    void anUnavailableDatabaseIs503ProblemJson() {
        profiles.down = true;

        asUser(ALICE, "ROLE_shopper").get().uri("/api/v1/profiles/me").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.DEPENDENCY_UNAVAILABLE.toString());
    }

    private WebTestClient asUser(String subject, String authority) {
        return web.mutateWith(mockJwt().jwt(j -> j.subject(subject)).authorities(new SimpleGrantedAuthority(authority)));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Fakes {
        @Bean
        FakeProfiles fakeProfiles() {
            return new FakeProfiles();
        }

        @Bean
        ProfileQuery profileQuery(FakeProfiles profiles) {
            return new ProfileQuery(profiles, new ProfileAggregation("GBP"));
        }
    }

    static final class FakeProfiles implements Profiles {
        final Map<String, ProfileTotals> rows = new HashMap<>();
        volatile boolean down;

        @Override
        public Optional<ProfileTotals> find(String userId) {
            if (down) {
                throw new DataAccessResourceFailureException("connection refused");
            }
            return Optional.ofNullable(rows.get(userId));
        }

        @Override
        public Recorded recordOnce(UUID eventId, ProfileDelta delta) {
            throw new UnsupportedOperationException("read-only fake");
        }
    }
}
