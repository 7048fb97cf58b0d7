package dev.priceflow.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import dev.priceflow.contracts.Money;
import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.contracts.Topics;
import dev.priceflow.contracts.api.ShopperProfile;
import dev.priceflow.contracts.events.AddedToCart;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.CompetitorPriceObserved;
import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.contracts.events.SearchPerformed;
import dev.priceflow.infra.test.KafkaTestClients;
import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/** The Kafka path end to end against the local stack's Kafka, PostgreSQL and Redis. */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.KAFKA, Server.POSTGRES, Server.REDIS})
// No scheduled training from a test context: the segment model is shared with the running service.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "priceflow.profile.segments.scheduled=false")
class ProfileFromEventsIT {

    // A group of its own, starting at the topic's current end: it sees exactly what this test publishes.
    private static final String GROUP = "user-profile-it-" + UUID.randomUUID();
    private static final Duration PATIENCE = Duration.ofSeconds(45);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static KafkaProducer<String, String> producer;
    private static final List<String> USERS = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ReactiveStringRedisTemplate redis;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void consumerGroup(DynamicPropertyRegistry registry) {
        KafkaTestClients.startGroupAtEnd(GROUP, Topics.COMMERCE_EVENTS);
        registry.add("spring.kafka.consumer.group-id", () -> GROUP);
    }

    @BeforeAll
    static void producer() {
        producer = KafkaTestClients.producer();
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    /**
     * Test shoppers must not linger (they would join the shared segment model's training population), nor come
     * back on a rebuild from the log: they get an erasure marker, as if they had erased their profile.
     */
    @org.junit.jupiter.api.AfterEach
    void removeTestShoppers() {
        for (String user : USERS) {
            jdbc.update("INSERT INTO profile.erasure (user_id, erased_at) VALUES (?, now()) ON CONFLICT DO NOTHING",
                    user);
            jdbc.update("DELETE FROM profile.shopper_profile WHERE user_id = ?", user);
            redis.delete(RedisKeys.profile(user)).block(Duration.ofSeconds(2));
        }
        USERS.clear();
    }

    @Test
    void eventsBecomeTheShoppersProfileInPostgresAndRedis() {
        String user = "it-" + UUID.randomUUID();
        USERS.add(user);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        publish(new ProductViewed(UUID.randomUUID(), at.minusSeconds(50), 1, user, "85123A", "web"),
                new ProductViewed(UUID.randomUUID(), at.minusSeconds(40), 1, user, "71053", "web"),
                new AddedToCart(UUID.randomUUID(), at.minusSeconds(30), 1, user, "85123A", 2, Money.of("2.55", "GBP")),
                new SearchPerformed(UUID.randomUUID(), at.minusSeconds(20), 1, user, "lantern", 4),
                new CompetitorPriceObserved(UUID.randomUUID(), at.minusSeconds(15), 1, "85123A", "shop-b",
                        Money.of("2.49", "GBP")),
                new PurchaseCompleted(UUID.randomUUID(), at, 1, user, "order-" + user, List.of(
                        new PurchaseCompleted.Line("85123A", 2, Money.of("2.55", "GBP")),
                        new PurchaseCompleted.Line("71053", 1, Money.of("3.39", "GBP")))));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(profileOf(user).purchases()).isEqualTo(1));

        assertThat(profileOf(user)).isEqualTo(
                new ShopperProfile(user, 2, 1, 1, 1, 3, "8.49", "GBP", at));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(hotProfile(user))
                .containsEntry("views", "2").containsEntry("cartAdds", "1").containsEntry("purchases", "1")
                .containsEntry("searches", "1").containsEntry("unitsBought", "3").containsEntry("monetary", "8.49")
                .containsEntry("lastEventAt", at.toString()).containsEntry("version", "2")
                .containsEntry("recentViews", "71053,85123A").containsEntry("lastPurchaseAt", at.toString())
                .containsKeys("priceSensitivity", "discountAffinity", "rfm", "topCategories"));
    }

    @Test
    void theSameEventIdDeliveredTwiceIsCountedOnce() {
        String user = "it-" + UUID.randomUUID();
        USERS.add(user);
        ProductViewed view = new ProductViewed(UUID.randomUUID(), Instant.now(), 1, user, "85123A", "web");
        // Same key, same partition, so the closing search is handled after both copies of the view.
        publish(view, view, new SearchPerformed(UUID.randomUUID(), Instant.now(), 1, user, "done", 0));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(profileOf(user).searches()).isEqualTo(1));

        assertThat(profileOf(user).views()).isEqualTo(1);
        publish(view);
        publish(new SearchPerformed(UUID.randomUUID(), Instant.now(), 1, user, "again", 0));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(profileOf(user).searches()).isEqualTo(2));
        assertThat(profileOf(user).views()).isEqualTo(1);
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicWithTheirReason() {
        String marker = "it-poison-" + UUID.randomUUID();
        USERS.add(marker);
        String invalid = JSON.writeValueAsString(
                new SearchPerformed(UUID.randomUUID(), Instant.now(), 99, marker, "q", 0));
        try (KafkaConsumer<String, String> dlt = KafkaTestClients.consumerAtEnd(Topics.COMMERCE_EVENTS_DLT)) {
            producer.send(new ProducerRecord<>(Topics.COMMERCE_EVENTS, marker, "{not json " + marker));
            producer.send(new ProducerRecord<>(Topics.COMMERCE_EVENTS, marker, invalid));
            producer.flush();

            // The running user-profile service (another consumer group) may dead-letter the same records
            // too, so collect until both distinct records have arrived rather than counting records.
            List<ConsumerRecord<String, String>> dead = new ArrayList<>();
            await().atMost(PATIENCE).untilAsserted(() -> {
                dlt.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (marker.equals(r.key())) {
                        dead.add(r);
                    }
                });
                assertThat(dead).extracting(ConsumerRecord::value).contains("{not json " + marker, invalid);
            });

            assertThat(dead).map(ProfileFromEventsIT::reason)
                    .anySatisfy(r -> assertThat(r).startsWith("unreadable event JSON"))
                    .anySatisfy(r -> assertThat(r).contains("schemaVersion 99 is not supported"));
        }
        assertThat(profileOf(marker).searches()).isZero();
    }

    @Test
    void healthShowsDatabaseRedisAndKafkaUpOverHttp() {
        // The first check opens the clients; allow a loaded machine a few tries before judging.
        WebTestClient http = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> http
                .get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.db.status").isEqualTo("UP")
                .jsonPath("$.components.redis.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.details.nodes").isEqualTo(1));
    }

    private void publish(CommerceEvent... events) {
        for (CommerceEvent event : events) {
            producer.send(new ProducerRecord<>(Topics.COMMERCE_EVENTS, event.partitionKey(),
                    JSON.writeValueAsString(event)));
        }
        producer.flush();
    }

    private ShopperProfile profileOf(String user) {
        return WebTestClient.bindToApplicationContext(context).apply(springSecurity()).configureClient().build()
                .mutateWith(mockJwt().jwt(j -> j.subject(user)).authorities(new SimpleGrantedAuthority("ROLE_shopper")))
                .get().uri("/api/v1/profiles/me").exchange()
                .expectStatus().isOk()
                .expectBody(ShopperProfile.class).returnResult().getResponseBody();
    }

    private Map<String, String> hotProfile(String user) {
        return redis.<String, String>opsForHash().entries(RedisKeys.profile(user))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue).block(Duration.ofSeconds(2));
    }

    private static String reason(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("priceflow-dlt-reason");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
