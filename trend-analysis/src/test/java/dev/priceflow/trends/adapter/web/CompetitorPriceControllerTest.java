package dev.priceflow.trends.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import dev.priceflow.contracts.events.CompetitorPriceObserved;
import dev.priceflow.trends.application.CompetitorPriceIntake;
import dev.priceflow.trends.application.CompetitorPrices;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

@WebFluxTest(controllers = CompetitorPriceController.class)
@Import({SecurityConfig.class, ProblemHandler.class, CompetitorPriceControllerTest.Ports.class})
class CompetitorPriceControllerTest {

    @Autowired
    WebTestClient web;
    @Autowired
    FakeKafka kafka;

    static final class FakeKafka implements CompetitorPrices {
        final List<CompetitorPriceObserved> published = new ArrayList<>();
        boolean down;

        @Override
        public void publish(List<CompetitorPriceObserved> observations) {
            if (down) {
                throw new Unavailable("broker down", null);
            }
            published.addAll(observations);
        }
    }

    @TestConfiguration
    static class Ports {
        @Bean
        FakeKafka fakeKafka() {
            return new FakeKafka();
        }

        @Bean
        CompetitorPriceIntake intake(FakeKafka kafka) {
            return new CompetitorPriceIntake(kafka, Clock.systemUTC());
        }
    }

    @BeforeEach
    void reset() {
        kafka.published.clear();
        kafka.down = false;
    }

    private static JwtMutator as(String role) {
        return mockJwt().authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    private static Map<String, Object> batch(String price) {
        return Map.of("observations", List.of(Map.of("sku", "85123A", "competitor", "acme", "price", price,
                "currency", "GBP", "observedAt", "2026-01-01T00:00:00Z")));
    }

    @Test
    void marketingPostsABatchAndGets202() {
        web.mutateWith(as("marketing")).post().uri("/api/v1/competitor-prices").bodyValue(batch("2.49"))
                .exchange().expectStatus().isAccepted().expectBody().jsonPath("$.accepted").isEqualTo(1);
        assertThat(kafka.published).hasSize(1);
    }

    @Test
    void invalidFieldsGetAProblemNamingEachFieldAndNothingIsPublished() {
        web.mutateWith(as("marketing")).post().uri("/api/v1/competitor-prices").bodyValue(batch("-2"))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("observations[0].price");
        assertThat(kafka.published).isEmpty();
    }

    @Test
    void anUnreadableBodyIsAProblemToo() {
        web.mutateWith(as("marketing")).post().uri("/api/v1/competitor-prices")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{oops")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void kafkaDownIs503() {
        kafka.down = true;
        web.mutateWith(as("marketing")).post().uri("/api/v1/competitor-prices").bodyValue(batch("2.49"))
                .exchange().expectStatus().isEqualTo(503).expectBody()
                .jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/dependency-unavailable");
    }

    @Test
    void shoppersMayNotPostCompetitorPrices() {
        web.mutateWith(as("shopper")).post().uri("/api/v1/competitor-prices").bodyValue(batch("2.49"))
                .exchange().expectStatus().isForbidden();
        assertThat(kafka.published).isEmpty();
    }
}
