package dev.priceflow.recommender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.priceflow.contracts.Money;
import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.contracts.Topics;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.infra.test.KafkaTestClients;
import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import dev.priceflow.infra.test.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Against the running stack with the demo history consumed (by the deployed recommender or this instance):
 * alice and bob get different lists, a purchase changes the next answer, bad input is a problem.
 */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.ELASTICSEARCH, Server.KAFKA, Server.REDIS, Server.KEYCLOAK})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "priceflow.recommender.training.enabled=false")
class RecommendationsIT {

    static final String ALICE = "6f1c2a8e-0000-4000-8000-00000000a11c";
    static final String GROUP = "priceflow-recommender-it";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    @DynamicPropertySource
    static void consumerGroup(DynamicPropertyRegistry registry) {
        // This instance sees only new events; the deployed service already holds the demo history.
        KafkaTestClients.startGroupAtEnd(GROUP, Topics.COMMERCE_EVENTS);
        registry.add("spring.kafka.consumer.group-id", () -> GROUP);
    }

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    private JsonNode recommendations(Tokens tokens, String user, String query) {
        byte[] body = http().get().uri("/api/v1/recommendations" + query)
                .header("Authorization", "Bearer " + tokens.accessToken(user, user))
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
        return JSON.readTree(body);
    }

    private static List<String> skus(JsonNode answer) {
        return answer.path("items").valueStream().map(i -> i.path("sku").asString()).toList();
    }

    @Test
    void aliceAndBobGetDifferentRecommendationsEachWithAPriceAndReasons(Tokens tokens) {
        JsonNode alice = recommendations(tokens, "alice", "?context=home&limit=8");
        JsonNode bob = recommendations(tokens, "bob", "?context=home&limit=8");
        assertThat(skus(alice)).isNotEmpty().doesNotHaveDuplicates();
        assertThat(skus(bob)).isNotEmpty();
        assertThat(skus(alice)).isNotEqualTo(skus(bob));
        assertThat(alice.path("coldStart").asBoolean()).isFalse();
        for (JsonNode item : alice.path("items")) {
            assertThat(item.path("price").asString()).matches("\\d+\\.\\d{2}");
            assertThat(item.path("reasons").isEmpty()).isFalse();
            // a personal price comes with a quote; otherwise it is the list price, flagged
            assertThat(item.path("priceDegraded").asBoolean() || !item.path("quoteId").isNull()).isTrue();
        }
        Set<String> bought = redis.opsForSet().members(RedisKeys.recommenderBought(ALICE));
        assertThat(skus(alice)).doesNotContainAnyElementsOf(bought);
    }

    @Test
    void aPurchaseEventChangesTheNextAnswer(Tokens tokens) throws Exception {
        String recentKey = RedisKeys.recommenderRecent(ALICE);
        String weightsKey = RedisKeys.recommenderWeights(ALICE);
        List<String> recentBefore = redis.opsForList().range(recentKey, 0, -1);
        Map<Object, Object> weightsBefore = redis.opsForHash().entries(weightsKey);
        List<String> before = skus(recommendations(tokens, "alice", "?context=home&limit=5"));
        String target = before.get(0);
        try {
            PurchaseCompleted purchase = new PurchaseCompleted(UUID.randomUUID(), Instant.now(), 1, ALICE,
                    "it-order-" + UUID.randomUUID(), List.of(new PurchaseCompleted.Line(target, 1,
                    Money.of("1.00", "GBP"))));
            try (KafkaProducer<String, String> producer = KafkaTestClients.producer()) {
                producer.send(new ProducerRecord<>(Topics.COMMERCE_EVENTS, purchase.partitionKey(),
                        JSON.writerFor(CommerceEvent.class).writeValueAsString(purchase))).get();
            }
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertThat(skus(recommendations(tokens, "alice", "?context=home&limit=5")))
                            .doesNotContain(target).isNotEqualTo(before));
        } finally {
            // put alice's own history back (global co-occurrence counters keep the one extra order)
            redis.opsForSet().remove(RedisKeys.recommenderBought(ALICE), target);
            redis.delete(recentKey);
            if (!recentBefore.isEmpty()) {
                redis.opsForList().rightPushAll(recentKey, recentBefore);
            }
            redis.delete(weightsKey);
            if (!weightsBefore.isEmpty()) {
                redis.opsForHash().putAll(weightsKey, weightsBefore);
            }
            redis.delete(RedisKeys.recommenderCache(ALICE));
        }
    }

    @Test
    void badInputIsAProblemThatNamesTheField(Tokens tokens) {
        String token = "Bearer " + tokens.accessToken("bob", "bob");
        for (String query : List.of("?limit=0", "?limit=10000", "?context=product:", "?context=garden")) {
            http().get().uri("/api/v1/recommendations" + query).header("Authorization", token).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.INVALID_REQUEST.toString())
                    .jsonPath("$.field").value(f -> assertThat(f).isIn("limit", "context"));
        }
        http().get().uri("/api/v1/recommendations?context=product:NOSUCHSKU9").header("Authorization", token)
                .exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.UNKNOWN_SKU.toString())
                .jsonPath("$.field").isEqualTo("context");
    }

    @Test
    void productContextRecommendsOtherItemsAndSearchFindsByName(Tokens tokens) {
        JsonNode answer = recommendations(tokens, "bob", "?context=product:85123A&limit=5");
        assertThat(skus(answer)).isNotEmpty().doesNotContain("85123A");
        byte[] body = http().get().uri("/api/v1/products/search?q=heart&maxPrice=10&limit=5")
                .header("Authorization", "Bearer " + tokens.accessToken("bob", "bob"))
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
        JsonNode found = JSON.readTree(body).path("items");
        assertThat(found.isEmpty()).isFalse();
        for (JsonNode p : found) {
            assertThat(p.path("name").asString()).containsIgnoringCase("heart");
            assertThat(new java.math.BigDecimal(p.path("listPrice").asString())).isLessThanOrEqualTo(new java.math.BigDecimal("10"));
        }
    }
}
