package dev.priceflow.forecast.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.contracts.Topics;
import dev.priceflow.forecast.model.domain.WindowSpec;
import dev.priceflow.forecast.registry.domain.ModelStatus;
import dev.priceflow.forecast.training.application.TrainForecastModel;
import dev.priceflow.forecast.training.application.TrainingListener;
import dev.priceflow.infra.test.KafkaTestClients;
import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a tiny champion from IT-PUB- history in the real PostgreSQL, starts a publication over HTTP and reads the
 * Redis hash and the forecast.published record. Only IT-PUB- SKUs are published (the demo's keys stay untouched).
 */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.POSTGRES, Server.KAFKA, Server.REDIS})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "priceflow.forecast.history.consume=false", "priceflow.forecast.publishing.sku-prefix=IT-PUB-"})
class PublishForecastsIT {

    private final String prefix = "IT-PUB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT)
            + "-";
    private final List<UUID> registered = new ArrayList<>();
    private UUID previousChampion;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Autowired
    JsonMapper json;

    @Autowired
    TrainForecastModel train;

    @TempDir
    Path models;

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM forecast.sales_daily WHERE sku LIKE ?", prefix + "%");
        registered.forEach(id -> jdbc.update("DELETE FROM forecast.model_registry WHERE id = ?", id));
        if (previousChampion != null) {   // put back the champion that our model replaced
            jdbc.update("UPDATE forecast.model_registry SET status = 'CHAMPION' WHERE id = ? AND NOT EXISTS "
                    + "(SELECT 1 FROM forecast.model_registry WHERE status = 'CHAMPION')", previousChampion);
        }
        for (int s = 0; s < 2; s++) {
            redis.delete(RedisKeys.forecast(prefix + s)).block(Duration.ofSeconds(2));
        }
    }

    @Test
    void publishesTheChampionsForecastToRedisAndKafka() throws Exception {
        insertHistory(2, 30);
        previousChampion = jdbc.query("SELECT id FROM forecast.model_registry WHERE status = 'CHAMPION'",
                (rs, n) -> rs.getObject(1, UUID.class)).stream().findFirst().orElse(null);
        TrainForecastModel.Outcome trained = train.train(new TrainForecastModel.Settings(2, 8, 1, 7,
                new WindowSpec(8, 4), models, prefix), TrainingListener.NONE);
        UUID model = trained.model().id();
        registered.add(model);
        if (trained.model().status() != ModelStatus.CHAMPION) {   // an existing champion won: serve ours for the test
            jdbc.update("UPDATE forecast.model_registry SET status = 'RETIRED' WHERE status = 'CHAMPION'");
            jdbc.update("UPDATE forecast.model_registry SET status = 'CHAMPION' WHERE id = ?", model);
        }
        String sku = prefix + "0";
        String key = RedisKeys.forecast(sku);

        // open the Redis connection first: on a busy machine its set-up can eat the store's 2 s write timeout
        redis.hasKey(key).block(Duration.ofSeconds(10));
        try (KafkaConsumer<String, String> consumer = KafkaTestClients.consumerAtEnd(Topics.FORECAST_PUBLISHED)) {
            http().post().uri("/api/v1/forecast/publications").exchange().expectStatus().isAccepted();

            List<ConsumerRecord<String, String>> mine = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (mine.size() < 2 && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (r.key().startsWith(prefix)) {
                        mine.add(r);
                    }
                });
            }
            assertThat(mine).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(prefix + "0", prefix + "1");
            JsonNode value = json.readTree(mine.stream().filter(r -> r.key().equals(sku)).findFirst().orElseThrow()
                    .value());
            assertThat(value.get("sku").asString()).isEqualTo(sku);
            assertThat(value.get("modelId").asString()).isEqualTo(model.toString());
            assertThat(value.get("weekStarts").get(0).asString())
                    .isEqualTo(LocalDate.parse("2025-01-06").plusWeeks(30).toString());
            assertThat(value.get("p50")).hasSize(4);
            assertThat(new BigDecimal(value.get("p10").get(0).asString()))
                    .isLessThanOrEqualTo(new BigDecimal(value.get("p50").get(0).asString()));
        }

        Map<Object, Object> hash = redis.opsForHash().entries(key).collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .block(Duration.ofSeconds(2));
        assertThat(hash).containsEntry("modelId", model.toString()).containsEntry("horizon", "4")
                .containsKeys("generatedAt", "p10", "p90");
        assertThat(((String) hash.get("p50")).split(",")).hasSize(4)
                .allSatisfy(v -> assertThat(new BigDecimal(v).scale()).isEqualTo(3));
        assertThat(((String) hash.get("weekStarts")).split(",")[0])
                .isEqualTo(LocalDate.parse("2025-01-06").plusWeeks(30).toString());
        Duration ttl = redis.getExpire(key).block(Duration.ofSeconds(2));
        assertThat(ttl).isPositive().isLessThanOrEqualTo(Duration.ofHours(36));
    }

    private void insertHistory(int skus, int weeks) {
        LocalDate monday = LocalDate.parse("2025-01-06");
        for (int s = 0; s < skus; s++) {
            for (int w = 0; w < weeks; w++) {
                long units = Math.round(20 + 10 * Math.sin(w / 4.0) + s);
                jdbc.update("INSERT INTO forecast.sales_daily (sku, day, units, revenue, promo_units) "
                        + "VALUES (?, ?, ?, ?, ?)", prefix + s, monday.plusWeeks(w), units, BigDecimal.valueOf(units * 2L), 0);
            }
        }
    }

    private WebTestClient http() {
        return WebTestClient.bindToApplicationContext(context).apply(springSecurity()).configureClient().build()
                .mutateWith(mockJwt().authorities(new SimpleGrantedAuthority("ROLE_marketing")));
    }
}
