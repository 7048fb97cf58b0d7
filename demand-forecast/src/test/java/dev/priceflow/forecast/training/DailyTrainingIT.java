package dev.priceflow.forecast.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import dev.priceflow.forecast.model.domain.Granularity;
import dev.priceflow.forecast.model.domain.WindowSpec;
import dev.priceflow.forecast.registry.domain.ModelStatus;
import dev.priceflow.forecast.training.application.InsufficientHistoryException;
import dev.priceflow.forecast.training.application.TrainForecastModel;
import dev.priceflow.forecast.training.application.TrainingListener;
import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Trains a tiny DAILY model on IT- history in the real PostgreSQL, registers it and serves per-day forecasts. */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.POSTGRES, Server.KAFKA, Server.REDIS})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "priceflow.forecast.history.consume=false")
class DailyTrainingIT {

    static final LocalDate FIRST = LocalDate.parse("2025-03-03");
    static final int DAYS = 90;

    private final String prefix = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT) + "-";
    private final List<UUID> registered = new ArrayList<>();
    private UUID previousChampion;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TrainForecastModel train;

    @TempDir
    Path models;

    @AfterEach
    void deleteTestRows() {
        TrainingTestRows.delete(jdbc, prefix, registered, previousChampion);
    }

    private TrainForecastModel.Settings daily() {
        return new TrainForecastModel.Settings(2, 8, 1, 7, new WindowSpec(14, 7), models, prefix, Granularity.DAILY);
    }

    @Test
    void trainsADailyModelWithDailyProvenanceAndServesPerDayPeriods() {
        insertHistory(3, DAYS);
        previousChampion = jdbc.query("SELECT id FROM forecast.model_registry WHERE status = 'CHAMPION'",
                (rs, n) -> rs.getObject(1, UUID.class)).stream().findFirst().orElse(null);
        String previousGranularity = previousChampion == null ? null : jdbc.queryForObject(
                "SELECT granularity FROM forecast.model_registry WHERE id = ?", String.class, previousChampion);

        TrainForecastModel.Outcome outcome = train.train(daily(), TrainingListener.NONE);
        registered.add(outcome.model().id());

        Map<String, Object> row = jdbc.queryForMap("SELECT granularity, provenance->>'granularity' AS provenance, "
                + "provenance->'metrics'->1->>'model' AS baseline, series, horizon, window_size "
                + "FROM forecast.model_registry WHERE id = ?", outcome.model().id());
        assertThat(row).containsEntry("granularity", "DAILY").containsEntry("provenance", "DAILY")
                .containsEntry("baseline", "seasonal naive (m=7)").containsEntry("series", 3)
                .containsEntry("horizon", 7).containsEntry("window_size", 14);
        if (previousChampion != null && "WEEKLY".equals(previousGranularity)) {
            assertThat(outcome.comparedOn()).contains("is WEEKLY; a DAILY model replaces it");
        }
        if (outcome.model().status() != ModelStatus.CHAMPION) {
            return;   // a better daily champion exists in this stack; serving is covered by the unit tests
        }

        String sku = prefix + "0";
        LocalDate lastDay = FIRST.plusDays(DAYS - 1L);
        http().get().uri("/api/v1/forecasts/" + sku + "?horizon=5").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.modelId").isEqualTo(outcome.model().id().toString())
                .jsonPath("$.granularity").isEqualTo("DAILY")
                .jsonPath("$.periods.length()").isEqualTo(5)
                .jsonPath("$.periods[0].day").isEqualTo(lastDay.plusDays(1).toString())
                .jsonPath("$.periods[4].day").isEqualTo(lastDay.plusDays(5).toString())
                .jsonPath("$.periods[0].weekStart").doesNotExist();
        http().get().uri("/api/v1/forecasts/" + sku).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.horizon").isEqualTo(7);
        http().get().uri("/api/v1/forecasts/" + sku + "?horizon=10000").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("horizon");
        http().get().uri("/api/v1/forecasts/" + sku + "?horizon=0").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("horizon");
    }

    @Test
    void tooLittleDailyHistoryIsAClearError() {
        insertHistory(1, 20);
        assertThatThrownBy(() -> train.train(daily(), TrainingListener.NONE))
                .isInstanceOf(InsufficientHistoryException.class)
                .hasMessageContaining("35 days of sales history needed (window 14 + 3 x horizon 7)");
    }

    /** Weekly pattern (no sales on Sundays: zero-filled days), noise seeded. */
    private void insertHistory(int skus, int days) {
        Random random = new Random(5);
        for (int s = 0; s < skus; s++) {
            for (int d = 0; d < days; d++) {
                LocalDate day = FIRST.plusDays(d);
                if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                long units = Math.max(1, Math.round(10 + 2 * day.getDayOfWeek().getValue() + random.nextGaussian()));
                jdbc.update("INSERT INTO forecast.sales_daily (sku, day, units, revenue, promo_units) VALUES (?, ?, ?, ?, ?)",
                        prefix + s, day, units, BigDecimal.valueOf(units * 250L, 2), 0);
            }
        }
    }

    private WebTestClient http() {
        return WebTestClient.bindToApplicationContext(context).apply(springSecurity()).configureClient().build()
                .mutateWith(mockJwt().authorities(new SimpleGrantedAuthority("ROLE_marketing")));
    }
}
