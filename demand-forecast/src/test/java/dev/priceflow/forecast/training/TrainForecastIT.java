package dev.priceflow.forecast.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.forecast.model.domain.WindowSpec;
import dev.priceflow.forecast.registry.domain.ModelStatus;
import dev.priceflow.forecast.training.application.InsufficientHistoryException;
import dev.priceflow.forecast.training.application.TrainForecastModel;
import dev.priceflow.forecast.training.application.TrainingListener;
import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import java.nio.file.Path;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Trains a tiny model on IT- history in the real PostgreSQL, registers it and serves it over HTTP. */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.POSTGRES, Server.KAFKA, Server.REDIS})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "priceflow.forecast.history.consume=false")
class TrainForecastIT {

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

    private TrainForecastModel.Settings settings(String skuPrefix) {
        return new TrainForecastModel.Settings(2, 8, 1, 7, new WindowSpec(8, 4), models, skuPrefix);
    }

    @Test
    void trainsRegistersAChampionAndServesItsQuantiles() {
        insertHistory(3, 30);
        previousChampion = jdbc.query("SELECT id FROM forecast.model_registry WHERE status = 'CHAMPION'",
                (rs, n) -> rs.getObject(1, UUID.class)).stream().findFirst().orElse(null);
        List<String> progress = new ArrayList<>();

        TrainForecastModel.Outcome first = train.train(settings(prefix), listener(progress));
        registered.add(first.model().id());
        TrainForecastModel.Outcome second = train.train(settings(prefix), TrainingListener.NONE);
        registered.add(second.model().id());

        assertThat(progress).anyMatch(l -> l.startsWith("epoch 2 ")).anyMatch(l -> l.contains("device"));
        Map<String, Object> row = jdbc.queryForMap("SELECT status, provenance->>'seed' AS seed, "
                + "provenance->'metrics'->0->>'model' AS model, series, horizon, window_size, holdout_pinball "
                + "FROM forecast.model_registry WHERE id = ?", first.model().id());
        assertThat(row.get("seed")).isEqualTo("7");
        assertThat((String) row.get("model")).startsWith("LSTM");
        assertThat(row).containsEntry("series", 3).containsEntry("horizon", 4).containsEntry("window_size", 8);
        if (previousChampion == null) {
            assertThat(first.model().status()).isEqualTo(ModelStatus.CHAMPION);
            assertThat(row.get("status")).isEqualTo("CHAMPION");
            // same data, same seed: the reloaded champion scores exactly what the challenger scores -> not better
            assertThat(second.comparedOn()).contains("re-scored on this holdout");
            assertThat(second.championPinball()).isCloseTo(first.metrics().getFirst().pinball(), within(1e-6));
            assertThat(second.model().status()).isEqualTo(ModelStatus.REJECTED);
        }
        UUID champion = jdbc.queryForObject("SELECT id FROM forecast.model_registry WHERE status = 'CHAMPION'",
                UUID.class);

        String sku = prefix + "0";
        http().get().uri("/api/v1/forecasts/" + sku + "?horizon=3").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.sku").isEqualTo(sku)
                .jsonPath("$.modelId").isEqualTo(champion.toString())
                .jsonPath("$.periods.length()").isEqualTo(3)
                .jsonPath("$.periods[0].weekStart").isEqualTo(LocalDate.parse("2025-01-06").plusWeeks(30).toString())
                .jsonPath("$.periods[*]").value(periods -> ((List<?>) periods).forEach(p -> {
                    Map<?, ?> q = (Map<?, ?>) p;
                    double p10 = ((Number) q.get("p10")).doubleValue();
                    double p50 = ((Number) q.get("p50")).doubleValue();
                    double p90 = ((Number) q.get("p90")).doubleValue();
                    assertThat(p10).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(p50);
                    assertThat(p50).isLessThanOrEqualTo(p90);
                }));
        http().post().uri("/api/v1/forecasts/" + sku + "/what-if").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"prices\":[\"9.99\",\"9.99\"],\"promotions\":[false,true]}").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.modelId").isEqualTo(champion.toString())
                .jsonPath("$.periods.length()").isEqualTo(2);
        http().post().uri("/api/v1/forecasts/" + sku + "/what-if").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"prices\":[\"0\"]}").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("prices");
        http().get().uri("/api/v1/forecasts/" + prefix + "NONE").exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.UNKNOWN_SKU.toString());
    }

    @Test
    void tooLittleHistoryIsAClearError() {
        insertHistory(1, 5);
        assertThatThrownBy(() -> train.train(settings(prefix), TrainingListener.NONE))
                .isInstanceOf(InsufficientHistoryException.class).hasMessageContaining("weeks of sales history");
    }

    private void insertHistory(int skus, int weeks) {
        Random random = new Random(3);
        LocalDate monday = LocalDate.parse("2025-01-06");
        for (int s = 0; s < skus; s++) {
            for (int w = 0; w < weeks; w++) {
                double price = 2 + 0.25 * ((w + s) % 4);
                long units = Math.max(0, Math.round(20 + 10 * Math.sin(w / 4.0) + 3 * random.nextGaussian()));
                jdbc.update("INSERT INTO forecast.sales_daily (sku, day, units, revenue, promo_units) VALUES (?, ?, ?, ?, ?)",
                        prefix + s, monday.plusWeeks(w).plusDays(w % 3), units,
                        new java.math.BigDecimal(String.format(Locale.ROOT, "%.2f", units * price)), w % 5 == 0 ? units : 0);
            }
        }
    }

    private static TrainingListener listener(List<String> lines) {
        return new TrainingListener() {
            @Override
            public void step(String message) {
                lines.add(message);
            }

            @Override
            public void epoch(int member, int members, int epoch, double loss, double validation, double wps) {
                lines.add(String.format(Locale.ROOT, "epoch %d loss %.4f validation %.4f %.0f windows/s", epoch, loss,
                        validation, wps));
            }
        };
    }

    private WebTestClient http() {
        return WebTestClient.bindToApplicationContext(context).apply(springSecurity()).configureClient().build()
                .mutateWith(mockJwt().authorities(new SimpleGrantedAuthority("ROLE_marketing")));
    }
}
