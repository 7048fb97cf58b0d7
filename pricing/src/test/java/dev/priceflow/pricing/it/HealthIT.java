package dev.priceflow.pricing.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.pricing.application.QuoteWarmUp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Health and readiness of a started service (same context configuration as PricingIT, so the context is shared):
 * the database component validates with a query, readiness is part of the health, and the start-up warm-up (which
 * ran before the port opened) left no audit row behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"priceflow.pricing.quote-signing-key=" + PricingIT.KEY,
                "priceflow.pricing.timeouts.pricing-version=3s", "priceflow.pricing.timeouts.database=10s"})
@AutoConfigureWebTestClient
class HealthIT {

    @Autowired
    WebTestClient web;

    @Test
    void theDatabaseIsCheckedWithAQueryAndReadinessIsPartOfTheHealth() {
        Map<?, ?> health = web.mutate().responseTimeout(Duration.ofSeconds(30)).build()
                .get().uri("/actuator/health").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(health.get("status")).isEqualTo("UP");
        Map<?, ?> components = (Map<?, ?>) health.get("components");
        Map<?, ?> r2dbc = (Map<?, ?>) components.get("r2dbc");
        assertThat(r2dbc.get("status")).isEqualTo("UP");
        assertThat(((Map<?, ?>) r2dbc.get("details")).get("validationQuery")).isEqualTo("SELECT 1");
        assertThat(((Map<?, ?>) components.get("readinessState")).get("status")).isEqualTo("UP");
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void theWarmUpRecordedNoQuote() throws Exception {
        try (Connection db = Stack.postgres();
             PreparedStatement count = db.prepareStatement("SELECT count(*) FROM pricing.quote WHERE user_id = ?")) {
            count.setString(1, QuoteWarmUp.USER);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1)).isZero();
            }
        }
    }
}
