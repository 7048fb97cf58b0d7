package dev.priceflow.gateway;

import static dev.priceflow.gateway.support.Tokens.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.contracts.Topics;
import dev.priceflow.gateway.support.Listening;
import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import dev.priceflow.infra.test.Stack;
import dev.priceflow.infra.test.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The gateway as one piece against the real local stack: Keycloak tokens, Redis, Kafka, and pricing if up. */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.KAFKA, Server.REDIS, Server.KEYCLOAK})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIT {

    private static Stack stack;
    private static String alice;
    private static String bob;
    private static String mia;

    @LocalServerPort
    int port;
    @Autowired
    ReactiveStringRedisTemplate redis;

    WebTestClient client;

    @BeforeAll
    static void signIn(Stack localStack, Tokens tokens) {
        stack = localStack;
        alice = tokens.accessToken("alice", "alice");
        bob = tokens.accessToken("bob", "bob");
        mia = tokens.accessToken("mia", "mia");
    }

    @BeforeEach
    void connect() {
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    @Test
    void healthShowsRedisAndKafkaUp() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.redis.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.status").isEqualTo("UP");
    }

    @Test
    void withoutATokenTheAnswerIs401Problem() {
        client.get().uri("/api/v1/prices/85123A").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aShopperOnTheMarketingPathIs403Problem() {
        client.get().uri("/api/v1/promotions").header(HttpHeaders.AUTHORIZATION, "Bearer " + bob).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/forbidden");
    }

    @Test
    void anAcceptedEventArrivesOnCommerceEvents() {
        String eventId = UUID.randomUUID().toString();
        String event = """
                [{"type":"ProductViewed","eventId":"%s","occurredAt":"%s","schemaVersion":1,"userId":"%s",\
                "sku":"85123A","channel":"web"}]""".formatted(eventId, Instant.now(), ALICE);

        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.COMMERCE_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);

            client.post().uri("/api/v1/events").header(HttpHeaders.AUTHORIZATION, "Bearer " + alice)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(event).exchange()
                    .expectStatus().isAccepted()
                    .expectBody().jsonPath("$.accepted").isEqualTo(1).jsonPath("$.rejected").isEqualTo(0);

            ConsumerRecord<String, String> arrived = awaitRecord(consumer, eventId);
            assertThat(arrived.key()).isEqualTo(ALICE);
            assertThat(arrived.value()).contains("\"type\":\"ProductViewed\"");
        }
    }

    @Test
    void aMalformedSkuIsRefusedAtTheGateway() {
        client.get().uri("/api/v1/prices/not-a-SKU!").header(HttpHeaders.AUTHORIZATION, "Bearer " + alice)
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/malformed-sku");
    }

    @Test
    void promotionsAreRoutedToPricingForEveryMethodOrFailClosedWhenItIsDown() {
        WebTestClient.ResponseSpec response = client.post().uri("/api/v1/promotions")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + mia).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\" \",\"kind\":\"PERCENT_OFF\",\"value\":\"10\",\"target\":{\"sku\":\"85123A\"},"
                        + "\"startsAt\":\"2030-01-01T00:00:00Z\",\"endsAt\":\"2030-01-02T00:00:00Z\"}")
                .exchange();
        if (Listening.onLoopback(8081)) {
            response.expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
        } else {
            response.expectStatus().isEqualTo(503)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type")
                    .isEqualTo("https://priceflow.dev/problems/dependency-unavailable");
        }
    }

    @Test
    void myProfileIsRoutedToUserProfileOrFailsClosedWhenItIsDown() {
        WebTestClient.ResponseSpec response = client.get().uri("/api/v1/profiles/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + alice).exchange();
        if (Listening.onLoopback(8082)) {
            response.expectStatus().isOk().expectBody().jsonPath("$.userId").isEqualTo(ALICE);
        } else {
            response.expectStatus().isEqualTo(503)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type")
                    .isEqualTo("https://priceflow.dev/problems/dependency-unavailable");
        }
    }

    @Test
    void theApiDocumentListsEveryPublicEndpoint() {
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/prices/{sku}'].get").exists()
                .jsonPath("$.paths['/api/v1/events'].post").exists()
                .jsonPath("$.paths['/api/v1/profiles/me'].get").exists();
    }

    @Test
    void aPriceIsFetchedOnceThenServedFromRedis() {
        assumeTrue(Listening.onLoopback(8081), "pricing is not running on 127.0.0.1:8081");
        // a channel never asked for: a MISS at every tier (the in-process one included), whatever ran before
        String channel = "it" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);
        String version = redis.opsForValue().get(RedisKeys.PRICING_VERSION).defaultIfEmpty("0").block();
        String key = RedisKeys.cachedPrice(ALICE, "85123A", channel, version);

        String first = client.get().uri("/api/v1/prices/85123A?channel=" + channel)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + alice).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Cache", "MISS")
                .expectBody(String.class).returnResult().getResponseBody();
        client.get().uri("/api/v1/prices/85123A?channel=" + channel)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + alice).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Cache", "HIT")
                .expectBody(String.class).isEqualTo(first);
        assertThat(redis.getExpire(key).block()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void anUnknownSkuIsPricings404PassedThroughAndNotCached() {
        assumeTrue(Listening.onLoopback(8081), "pricing is not running on 127.0.0.1:8081");
        String version = redis.opsForValue().get(RedisKeys.PRICING_VERSION).defaultIfEmpty("0").block();

        client.get().uri("/api/v1/prices/NO-SUCH-SKU-42").header(HttpHeaders.AUTHORIZATION, "Bearer " + alice)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(redis.hasKey(RedisKeys.cachedPrice(ALICE, "NO-SUCH-SKU-42", "web", version)).block()).isFalse();
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
    }

    private static ConsumerRecord<String, String> awaitRecord(KafkaConsumer<String, String> consumer,
                                                              String eventId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.value().contains(eventId)) {
                    return record;
                }
            }
        }
        throw new AssertionError("event " + eventId + " did not arrive on " + Topics.COMMERCE_EVENTS);
    }

    /** Whether a platform service listens on 127.0.0.1:port (services are not part of the stack). */
}
