package dev.priceflow.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import dev.priceflow.contracts.Money;
import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.contracts.Topics;
import dev.priceflow.contracts.events.AddedToCart;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.infra.test.KafkaTestClients;
import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/** Export and erasure end to end against the local stack's Kafka, PostgreSQL, Redis and Elasticsearch. */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.KAFKA, Server.POSTGRES, Server.REDIS, Server.ELASTICSEARCH})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "priceflow.profile.segments.scheduled=false")
class ErasureAndExportIT {

    private static final String GROUP = "user-profile-erasure-it-" + UUID.randomUUID();
    private static final Duration PATIENCE = Duration.ofSeconds(45);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String user = "it-erase-" + UUID.randomUUID();
    private final String sentinel = "it-sentinel-" + UUID.randomUUID();

    @Autowired
    ApplicationContext context;

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void consumerGroup(DynamicPropertyRegistry registry) {
        KafkaTestClients.startGroupAtEnd(GROUP, Topics.COMMERCE_EVENTS);
        registry.add("spring.kafka.consumer.group-id", () -> GROUP);
    }

    /** Erasure markers stay, so a rebuild from the log does not bring the test shoppers back. */
    @AfterEach
    void cleanUp() {
        for (String id : List.of(user, sentinel)) {
            jdbc.update("INSERT INTO profile.erasure (user_id, erased_at) VALUES (?, now()) ON CONFLICT DO NOTHING",
                    id);
            jdbc.update("DELETE FROM profile.shopper_profile WHERE user_id = ?", id);
            redis.delete(RedisKeys.profile(id)).block(Duration.ofSeconds(2));
        }
    }

    @Test
    void theExportHoldsEverythingAndTheErasureRemovesItEverywhereForGood() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(60);
        List<CommerceEvent> history = List.of(
                new ProductViewed(UUID.randomUUID(), at, 1, user, "85123A", "web"),
                new AddedToCart(UUID.randomUUID(), at.plusSeconds(5), 1, user, "85123A", 2, Money.of("2.95", "GBP")),
                new PurchaseCompleted(UUID.randomUUID(), at.plusSeconds(10), 1, user, "order-" + user,
                        List.of(new PurchaseCompleted.Line("85123A", 2, Money.of("2.65", "GBP"), true))));
        try (KafkaProducer<String, String> producer = KafkaTestClients.producer()) {
            publish(producer, user, history);
            await().atMost(PATIENCE).untilAsserted(() -> as(user).get().uri("/api/v1/profiles/me").exchange()
                    .expectBody().jsonPath("$.purchases").isEqualTo(1));

            as(user).get().uri("/api/v1/profiles/me/export").exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.userId").isEqualTo(user)
                    .jsonPath("$.profile.monetary").isEqualTo("5.30")
                    .jsonPath("$.profile.recentViews[0]").isEqualTo("85123A")
                    .jsonPath("$.skus[0].sku").isEqualTo("85123A")
                    .jsonPath("$.skus[0].views").isEqualTo(1)
                    .jsonPath("$.skus[0].cartAdds").isEqualTo(1)
                    .jsonPath("$.skus[0].promoLines").isEqualTo(1)
                    .jsonPath("$.skus[0].paidValue").isEqualTo("5.30")
                    .jsonPath("$.categoryScores['candles-lights']").exists()
                    .jsonPath("$.erasedAt").doesNotExist();
            assertThat(redis.hasKey(RedisKeys.profile(user)).block(Duration.ofSeconds(2))).isTrue();

            try (KafkaConsumer<String, String> erasures = KafkaTestClients.consumerAtEnd(Topics.PROFILE_ERASURES)) {
                as(user).delete().uri("/api/v1/profiles/me").exchange().expectStatus().isNoContent();

                assertThat(jdbc.queryForObject("SELECT count(*) FROM profile.shopper_profile WHERE user_id = ?",
                        Long.class, user)).isZero();
                assertThat(jdbc.queryForObject("SELECT count(*) FROM profile.erasure WHERE user_id = ?",
                        Long.class, user)).isEqualTo(1);
                assertThat(redis.hasKey(RedisKeys.profile(user)).block(Duration.ofSeconds(2))).isFalse();
                List<ConsumerRecord<String, String>> tombstones = new ArrayList<>();
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                    erasures.poll(Duration.ofMillis(200)).forEach(r -> {
                        if (user.equals(r.key())) {
                            tombstones.add(r);
                        }
                    });
                    assertThat(tombstones).singleElement().satisfies(r -> assertThat(r.value()).isNull());
                });
            }

            // A replay of the old history, as new deliveries and under new ids, must not bring the profile back.
            publish(producer, user, history);
            publish(producer, user, history.stream().map(e -> (CommerceEvent) new ProductViewed(UUID.randomUUID(),
                    e.occurredAt(), 1, user, "85123A", "web")).toList());
            // Same key, same partition: once the sentinel counted, the replay before it was handled.
            publish(producer, user, List.of(new ProductViewed(UUID.randomUUID(), Instant.now(), 1, sentinel,
                    "85123A", "web")));
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(jdbc.queryForObject(
                    "SELECT count(*) FROM profile.shopper_profile WHERE user_id = ?", Long.class, sentinel))
                    .isEqualTo(1));
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM profile.shopper_profile WHERE user_id = ?",
                Long.class, user)).isZero();
        assertThat(redis.hasKey(RedisKeys.profile(user)).block(Duration.ofSeconds(2))).isFalse();
        as(user).get().uri("/api/v1/profiles/me/export").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.profile.purchases").isEqualTo(0).jsonPath("$.erasedAt").exists()
                .jsonPath("$.skus").isEmpty();
    }

    private static void publish(KafkaProducer<String, String> producer, String key, List<CommerceEvent> events) {
        events.forEach(e -> producer.send(new ProducerRecord<>(Topics.COMMERCE_EVENTS, key,
                JSON.writeValueAsString(e))));
        producer.flush();
    }

    private WebTestClient as(String subject) {
        return WebTestClient.bindToApplicationContext(context).apply(springSecurity()).configureClient()
                .responseTimeout(Duration.ofSeconds(20)).build()
                .mutateWith(mockJwt().jwt(j -> j.subject(subject))
                        .authorities(new SimpleGrantedAuthority("ROLE_shopper")));
    }
}
