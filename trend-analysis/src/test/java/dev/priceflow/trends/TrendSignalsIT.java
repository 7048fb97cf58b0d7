package dev.priceflow.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.priceflow.contracts.Money;
import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.contracts.Topics;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.infra.test.KafkaTestClients;
import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import dev.priceflow.infra.test.Stack;
import dev.priceflow.infra.test.Tokens;
import dev.priceflow.kit.kafka.DeadLetterErrorHandling;
import dev.priceflow.trends.adapter.streams.TrendStreams;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * End to end on the running stack: catalogue rows in PostgreSQL, events and a corrupt record into Kafka, competitor
 * prices through the API, and the trend read back through the API from Redis. Unique SKUs and category per run;
 * the catalogue rows and Redis keys are removed afterwards.
 */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.KAFKA, Server.REDIS, Server.POSTGRES, Server.KEYCLOAK})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
class TrendSignalsIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private static final String CATEGORY = "it-trends-" + RUN.toLowerCase(Locale.ROOT);
    private static final String HOT = "ZZIT-" + RUN + "-A";
    private static final String MILD = "ZZIT-" + RUN + "-B";
    /** Not in the catalogue: seeing it makes running instances re-read the catalogue. */
    private static final String PRIMER = "ZZIT-" + RUN + "-PRIMER";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Stack STACK = Stack.fromEnvironment();

    @LocalServerPort
    int port;
    @Autowired
    TrendStreams streams;
    @Autowired
    ReactiveStringRedisTemplate redis;

    @BeforeAll
    static void catalogue() throws Exception {
        try (Connection c = DriverManager.getConnection(STACK.pgUrl(), STACK.pgUser(), STACK.pgPassword());
             PreparedStatement insert = c.prepareStatement("INSERT INTO pricing.product (sku, name, category, "
                     + "currency, list_price, unit_cost, stock) VALUES (?, 'trend IT product', ?, 'GBP', ?, 0.5, 1)")) {
            for (String[] row : new String[][] {{HOT, "10.00"}, {MILD, "4.00"}}) {
                insert.setString(1, row[0]);
                insert.setString(2, CATEGORY);
                insert.setBigDecimal(3, new java.math.BigDecimal(row[1]));
                insert.executeUpdate();
            }
        }
    }

    @AfterAll
    static void cleanUp() throws Exception {
        try (Connection c = DriverManager.getConnection(STACK.pgUrl(), STACK.pgUser(), STACK.pgPassword());
             PreparedStatement delete = c.prepareStatement("DELETE FROM pricing.product WHERE sku IN (?, ?)")) {
            delete.setString(1, HOT);
            delete.setString(2, MILD);
            delete.executeUpdate();
        }
    }

    @Test
    void eventsAndCompetitorPricesBecomeATrendWithRisingProductsAndAPriceIndex() throws Exception {
        await().atMost(Duration.ofSeconds(90)).until(() -> streams.state() == KafkaStreams.State.RUNNING);
        String token = new Tokens(STACK).accessToken("mia", "mia");
        WebTestClient http = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
        String corrupt = "{\"corrupt\":\"" + RUN + "\"";
        Instant now = Instant.now();
        try (KafkaConsumer<String, String> deadLetters = KafkaTestClients.consumerAtEnd(Topics.COMMERCE_EVENTS_DLT);
             KafkaProducer<String, String> producer = KafkaTestClients.producer()) {
            // an unknown SKU makes every running instance re-read the catalogue (and see this run's rows)
            send(producer, new ProductViewed(UUID.randomUUID(), now, 1, "it-user", PRIMER, "web"));
            Thread.sleep(2_500);
            send(producer, new ProductViewed(UUID.randomUUID(), now, 1, "it-user", PRIMER, "web"));
            Thread.sleep(2_500);
            producer.send(new ProducerRecord<>(Topics.COMMERCE_EVENTS, "it-user", corrupt)).get();
            for (int i = 0; i < 6; i++) {
                send(producer, new ProductViewed(UUID.randomUUID(), now, 1, "it-user-" + i, HOT, "web"));
            }
            send(producer, new ProductViewed(UUID.randomUUID(), now, 1, "it-user-9", MILD, "web"));
            send(producer, new PurchaseCompleted(UUID.randomUUID(), now, 1, "it-user-1", "it-order-" + RUN,
                    List.of(new PurchaseCompleted.Line(HOT, 1, Money.of("10.00", "GBP")))));

            http.post().uri("/api/v1/competitor-prices").header("Authorization", "Bearer " + token)
                    .bodyValue(java.util.Map.of("observations", List.of(
                            observation(HOT, "acme", "8.00", now), observation(HOT, "bolt", "12.50", now))))
                    .exchange().expectStatus().isAccepted().expectBody().jsonPath("$.accepted").isEqualTo(2);

            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> http.get()
                    .uri("/api/v1/trends?category={c}&window=hour", CATEGORY)
                    .header("Authorization", "Bearer " + token).exchange()
                    .expectStatus().isOk().expectBody()
                    .jsonPath("$.momentum.views").isEqualTo(7)
                    .jsonPath("$.momentum.purchases").isEqualTo(1)
                    .jsonPath("$.momentum.windowStart").isEqualTo(now.truncatedTo(java.time.temporal.ChronoUnit.HOURS)
                            .toString())
                    .jsonPath("$.rising.products[0].sku").isEqualTo(HOT)
                    .jsonPath("$.priceIndex.products[0].sku").isEqualTo(HOT)
                    .jsonPath("$.priceIndex.products[0].index").isEqualTo("1.2500")
                    .jsonPath("$.priceIndex.products[0].lowestCompetitor").isEqualTo("acme"));

            assertThat(deadLettered(deadLetters, corrupt)).as("the corrupt record is in the dead-letter topic")
                    .isPresent().get().satisfies(r -> assertThat(new String(r.headers()
                            .lastHeader(DeadLetterErrorHandling.REASON_HEADER).value(), StandardCharsets.UTF_8))
                            .contains("unreadable event JSON"));
        } finally {
            forgetRunKeys();
            Thread.sleep(3_000);   // the deployed service sees the same events and may write a moment later
            forgetRunKeys();
        }
    }

    private void forgetRunKeys() {
        redis.delete(RedisKeys.trend(CATEGORY, "hour"), RedisKeys.trend(CATEGORY, "day"),
                RedisKeys.categoryPriceIndex(CATEGORY), RedisKeys.competitorIndex(HOT),
                RedisKeys.productTrend(HOT, "hour"), RedisKeys.productTrend(HOT, "day"),
                RedisKeys.productTrend(MILD, "hour"), RedisKeys.productTrend(MILD, "day"),
                RedisKeys.productTrend(PRIMER, "hour"), RedisKeys.productTrend(PRIMER, "day"))
                .block(Duration.ofSeconds(5));
    }

    private static java.util.Map<String, String> observation(String sku, String competitor, String price,
                                                            Instant at) {
        return java.util.Map.of("sku", sku, "competitor", competitor, "price", price, "currency", "GBP",
                "observedAt", at.toString());
    }

    private static void send(KafkaProducer<String, String> producer, CommerceEvent event) throws Exception {
        producer.send(new ProducerRecord<>(Topics.COMMERCE_EVENTS, event.partitionKey(),
                JSON.writeValueAsString(event))).get();
    }

    private static java.util.Optional<ConsumerRecord<String, String>> deadLettered(
            KafkaConsumer<String, String> consumer, String value) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
            java.util.Optional<ConsumerRecord<String, String>> hit = seen.stream()
                    .filter(r -> value.equals(r.value())).findFirst();
            if (hit.isPresent()) {
                return hit;
            }
        }
        return java.util.Optional.empty();
    }
}
