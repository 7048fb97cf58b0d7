package dev.priceflow.pricing.promotion.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.contracts.Topics;
import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import dev.priceflow.infra.test.Stack;
import dev.priceflow.infra.test.Tokens;
import dev.priceflow.pricing.it.ItSql;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Promotions against the real PostgreSQL, Redis, Kafka and Keycloak of the local stack, with IT- products. */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.POSTGRES, Server.REDIS, Server.KAFKA, Server.KEYCLOAK})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "priceflow.pricing.quote-signing-key=it-only-quote-signing-key-0123456789abcdef")
@AutoConfigureWebTestClient
class PromotionIT {

    private static Stack stack;
    private static String mia;
    private static String miaId;
    private static String alice;

    @Autowired
    WebTestClient web;
    @Autowired
    ReactiveStringRedisTemplate redis;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private final String sku = "IT-P" + suffix;
    private final String category = "IT-PCAT-" + suffix;

    @BeforeAll
    static void signIn(Stack localStack, Tokens tokens) {
        stack = localStack;
        mia = tokens.accessToken("mia", "mia");
        miaId = Tokens.claims(mia).get("sub").asString();
        alice = tokens.accessToken("alice", "alice");
    }

    @BeforeEach
    void catalogue() throws Exception {
        sql("INSERT INTO pricing.product (sku, name, category, currency, list_price, unit_cost, stock) "
                + "VALUES (?, 'IT lamp', ?, 'GBP', 20.00, 10.00, 5)", sku, category);
    }

    @AfterEach
    void cleanUp() throws Exception {
        sql("DELETE FROM pricing.promotion_audit WHERE promotion_id IN "
                + "(SELECT id FROM pricing.promotion WHERE sku = ? OR category = ?)", sku, category);
        sql("DELETE FROM pricing.promotion WHERE sku = ? OR category = ?", sku, category);
        sql("DELETE FROM pricing.quote WHERE sku = ?", sku);
        sql("DELETE FROM pricing.product WHERE sku = ?", sku);
    }

    @Test
    void creatingAuditsBumpsTheVersionAnnouncesAndPricesThenEndingStopsIt() throws Exception {
        try (KafkaConsumer<String, String> consumer = consumerAtEnd()) {
            long versionBefore = version();
            Instant now = Instant.now();
            Map<?, ?> created = create("""
                    {"name":"IT 20%% off","kind":"PERCENT_OFF","value":"20","target":{"sku":"%s"},
                     "startsAt":"%s","endsAt":"%s","status":"scheduled"}"""
                    .formatted(sku, now.minusSeconds(5), now.plusSeconds(3600)))
                    .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
            String id = (String) created.get("id");

            assertThat(created.get("status")).isEqualTo("active");
            assertThat(version()).isGreaterThan(versionBefore);
            List<String> audit = column("SELECT action || '|' || actor_id || '|' || actor_name || '|' "
                    + "|| (after->>'value') || '|' || coalesce(before::text, 'null') FROM pricing.promotion_audit "
                    + "WHERE promotion_id = ?::uuid ORDER BY id", id);
            assertThat(audit).containsExactly("CREATED|" + miaId + "|mia|20|null");
            assertThat(announced(consumer, id)).contains("\"action\":\"CREATED\"", "\"eventId\"", "\"occurredAt\"");

            price().jsonPath("$.price").isEqualTo("16.00").jsonPath("$.appliedPromotions[0].id").isEqualTo(id);

            long versionBeforeEnd = version();
            web.post().uri("/api/v1/promotions/{id}/end", id).headers(h -> h.setBearerAuth(mia)).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ended");

            assertThat(version()).isGreaterThan(versionBeforeEnd);
            price().jsonPath("$.price").isEqualTo("20.00");
            assertThat(column("SELECT status || '|' || active FROM pricing.promotion WHERE id = ?::uuid", id))
                    .containsExactly("ENDED|false");
            assertThat(column("SELECT action FROM pricing.promotion_audit WHERE promotion_id = ?::uuid ORDER BY id",
                    id)).containsExactly("CREATED", "ENDED");
        }
    }

    @Test
    void aFixedPriceForACategoryIsStoredAndPriced() throws Exception {
        Instant now = Instant.now();
        create("""
                {"name":"IT fixed","kind":"FIXED_PRICE","value":"14.50","target":{"category":"%s"},
                 "startsAt":"%s","endsAt":"%s","status":"scheduled"}"""
                .formatted(category, now.minusSeconds(5), now.plusSeconds(3600)))
                .expectStatus().isCreated();

        price().jsonPath("$.price").isEqualTo("14.50")
                .jsonPath("$.explanation[2].detail").value(d -> assertThat((String) d).contains("fixed price 14.50"));
    }

    @Test
    void invalidInputIs400NamingTheFieldsAndNothingIsSaved() throws Exception {
        long versionBefore = version();
        create("""
                {"name":"","kind":"PERCENT_OFF","value":"100","target":{"sku":"%s"},
                 "startsAt":"2030-01-02T00:00:00Z","endsAt":"2030-01-01T00:00:00Z"}""".formatted(sku))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("name")
                .jsonPath("$.errors[1].field").isEqualTo("value")
                .jsonPath("$.errors[2].field").isEqualTo("endsAt");
        create("""
                {"name":"x","kind":"AMOUNT_OFF","value":"1","target":{"sku":"IT-NO-SUCH-%s"},
                 "startsAt":"2030-01-01T00:00:00Z","endsAt":"2030-01-02T00:00:00Z"}""".formatted(suffix))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("target.sku");

        assertThat(column("SELECT id::text FROM pricing.promotion WHERE sku = ? OR category = ?", sku, category))
                .isEmpty();
        assertThat(version()).isEqualTo(versionBefore);
    }

    @Test
    void aShopperMayNotCreatePromotions() {
        web.get().uri("/api/v1/promotions").headers(h -> h.setBearerAuth(alice)).exchange()
                .expectStatus().isForbidden();
    }

    private WebTestClient.ResponseSpec create(String body) {
        return web.post().uri("/api/v1/promotions").headers(h -> h.setBearerAuth(mia))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.BodyContentSpec price() {
        // marketplace: personal prices are off there, so alice's live profile does not change the price
        return web.get().uri("/api/v1/prices/{sku}?channel=marketplace", sku).headers(h -> h.setBearerAuth(alice))
                .exchange()
                .expectStatus().isOk().expectBody();
    }

    private long version() {
        String value = redis.opsForValue().get(RedisKeys.PRICING_VERSION).block(Duration.ofSeconds(2));
        return value == null ? 0 : Long.parseLong(value);
    }

    private static KafkaConsumer<String, String> consumerAtEnd() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.PROMOTIONS_CHANGED, Duration.ofSeconds(10))
                .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static String announced(KafkaConsumer<String, String> consumer, String id) {
        Instant deadline = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                if (id.equals(record.key())) {
                    assertThat(record.value()).contains("\"promotionId\":\"" + id + "\"");
                    return record.value();
                }
            }
        }
        throw new AssertionError("no pricing.promotions-changed record for " + id);
    }

    private static void sql(String statement, Object... args) throws Exception {
        ItSql.update(stack, statement, args);
    }

    private static List<String> column(String query, Object... args) throws Exception {
        return ItSql.column(stack, query, args);
    }
}
