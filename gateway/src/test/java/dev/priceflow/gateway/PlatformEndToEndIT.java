package dev.priceflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import dev.priceflow.infra.test.Stack;
import dev.priceflow.infra.test.Tokens;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The walking skeleton end to end, against the running platform that {@code ./priceflow up} (or
 * {@code ./priceflow test}) started: a real Keycloak token, the gateway on :8080, pricing reading
 * PostgreSQL, Redis as the gateway's cache, Kafka carrying events to user-profile.
 */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.GATEWAY, Server.KEYCLOAK, Server.REDIS, Server.KAFKA})
class PlatformEndToEndIT {

    /** A product of the shipped demo catalogue (infra/demo-data/products.csv). */
    private static final String DEMO_SKU = "85123A";

    private static WebTestClient gateway;
    private static String alice;
    private static String aliceId;
    private static String bob;
    private static String mia;

    @BeforeAll
    static void connect(Stack stack, Tokens tokens) {
        gateway = WebTestClient.bindToServer().baseUrl(stack.gateway().toString())
                .responseTimeout(Duration.ofSeconds(20)).build();
        alice = tokens.accessToken("alice", "alice");
        aliceId = Tokens.claims(alice).get("sub").asString();
        bob = tokens.accessToken("bob", "bob");
        mia = tokens.accessToken("mia", "mia");
    }

    @Test
    void aShopperGetsAnExplainedPriceFirstFromPricingThenFromTheCache() {
        // a channel no earlier run asked for: the first answer is pricing's at every cache tier (the gateway keeps
        // answers in memory too, so deleting the Redis key would not make it ask pricing again)
        String channel = "e2e" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);

        gateway.get().uri("/api/v1/prices/{sku}?channel={channel}", DEMO_SKU, channel)
                .headers(h -> h.setBearerAuth(alice))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Cache", "MISS")
                .expectBody()
                .jsonPath("$.sku").isEqualTo(DEMO_SKU)
                .jsonPath("$.currency").isEqualTo("GBP")
                .jsonPath("$.listPrice").isEqualTo("2.95")
                .jsonPath("$.price").isNotEmpty()
                .jsonPath("$.personalized").isBoolean()
                .jsonPath("$.appliedPromotions").isArray()
                .jsonPath("$.explanation[0].rule").isNotEmpty()
                .jsonPath("$.quoteId").isNotEmpty()
                .jsonPath("$.expiresAt").isNotEmpty();

        gateway.get().uri("/api/v1/prices/{sku}?channel={channel}", DEMO_SKU, channel)
                .headers(h -> h.setBearerAuth(alice))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Cache", "HIT")
                .expectBody().jsonPath("$.sku").isEqualTo(DEMO_SKU);
    }

    @Test
    void everyRefusalIsAProblemDocument() {
        gateway.get().uri("/api/v1/prices/{sku}", DEMO_SKU).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        gateway.get().uri("/api/v1/admin/users").headers(h -> h.setBearerAuth(bob)).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        gateway.get().uri("/api/v1/prices/{sku}", "NO-SUCH-SKU-1").headers(h -> h.setBearerAuth(alice)).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/unknown-sku");
        gateway.get().uri("/api/v1/prices/{sku}", "bad sku").headers(h -> h.setBearerAuth(alice)).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/malformed-sku");
    }

    @Test
    void eventsPostedAtTheGatewayReachTheShoppersProfileThroughKafka() throws InterruptedException {
        Map<?, ?> before = profile();
        long views = count(before, "views");
        long searches = count(before, "searches");
        String now = Instant.now().toString();
        String batch = """
                [{"type":"ProductViewed","eventId":"%s","occurredAt":"%s","schemaVersion":1,
                  "userId":"%s","sku":"%s","channel":"web"},
                 {"type":"SearchPerformed","eventId":"%s","occurredAt":"%s","schemaVersion":1,
                  "userId":"%s","query":"lantern","resultCount":4},
                 {"type":"ProductViewed","eventId":"%s","occurredAt":"%s","schemaVersion":1,
                  "userId":"someone-else","sku":"%s","channel":"web"}]"""
                .formatted(UUID.randomUUID(), now, aliceId, DEMO_SKU, UUID.randomUUID(), now, aliceId,
                        UUID.randomUUID(), now, DEMO_SKU);

        gateway.post().uri("/api/v1/events").headers(h -> h.setBearerAuth(alice))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(batch)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.ACCEPTED)
                .expectBody()
                .jsonPath("$.accepted").isEqualTo(2)
                .jsonPath("$.rejected").isEqualTo(1)
                .jsonPath("$.rejections[0].index").isEqualTo(2);

        Instant deadline = Instant.now().plusSeconds(30);
        Map<?, ?> after = profile();
        while ((count(after, "views") < views + 1 || count(after, "searches") < searches + 1)
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            after = profile();
        }
        assertThat(count(after, "views")).isEqualTo(views + 1);
        assertThat(count(after, "searches")).isEqualTo(searches + 1);
        assertThat(after.get("userId")).isEqualTo(aliceId);
    }

    @Test
    void marketingReadsAPriceElasticityThroughTheGatewayAndShoppersMayNot() {
        gateway.get().uri("/api/v1/elasticities/{sku}", DEMO_SKU).headers(h -> h.setBearerAuth(mia))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.sku").isEqualTo(DEMO_SKU)
                .jsonPath("$.elasticity").isNumber()
                .jsonPath("$.low").isNumber()
                .jsonPath("$.high").isNumber();
        gateway.get().uri("/api/v1/elasticities/{sku}", DEMO_SKU).headers(h -> h.setBearerAuth(alice))
                .exchange()
                .expectStatus().isForbidden();
    }

    /**
     * Demo SKU 22423 lists at 12.75 with unit cost 2.40: 20 % off is 10.20 for a shopper without a personal
     * discount, well above the 2.52 margin floor. alice's live profile may earn her a personal discount first
     * (list → personal → promotion), so the expected price is computed from her explanation's personal step.
     */
    @Test
    void marketingCreatesAndEndsAPromotionAndTheShoppersPriceFollowsAtOnce() {
        String sku = "22423";
        Instant now = Instant.now();
        String body = """
                {"name":"E2E 20%% off","kind":"PERCENT_OFF","value":"20","target":{"sku":"%s"},
                 "startsAt":"%s","endsAt":"%s","status":"scheduled"}"""
                .formatted(sku, now.minusSeconds(5), now.plus(Duration.ofHours(1)));

        gateway.post().uri("/api/v1/promotions").headers(h -> h.setBearerAuth(alice))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        gateway.post().uri("/api/v1/promotions").headers(h -> h.setBearerAuth(mia))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body.replace("\"20\"", "\"100\"")).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("value");

        String id = null;
        try {
            Map<?, ?> created = gateway.post().uri("/api/v1/promotions").headers(h -> h.setBearerAuth(mia))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                    .expectStatus().isCreated()
                    .expectBody(Map.class).returnResult().getResponseBody();
            id = (String) created.get("id");
            assertThat(created.get("status")).isEqualTo("active");

            String promotionId = id;
            Map<?, ?> promoted = gateway.get().uri("/api/v1/prices/{sku}", sku).headers(h -> h.setBearerAuth(alice))
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals("X-Cache", "MISS")
                    .expectBody(Map.class).returnResult().getResponseBody();
            BigDecimal personal = personalStart(promoted);
            assertThat(promoted.get("listPrice")).isEqualTo("12.75");
            assertThat(new BigDecimal((String) promoted.get("price")))
                    .isEqualByComparingTo(personal.multiply(new BigDecimal("0.80"))
                            .setScale(2, RoundingMode.HALF_EVEN))
                    .isLessThan(base(promoted));
            assertThat(((Map<?, ?>) ((List<?>) promoted.get("appliedPromotions")).getFirst()).get("id"))
                    .isEqualTo(promotionId);

            gateway.post().uri("/api/v1/promotions/{id}/end", id).headers(h -> h.setBearerAuth(mia)).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("ended");
            id = null;

            Map<?, ?> ended = gateway.get().uri("/api/v1/prices/{sku}", sku).headers(h -> h.setBearerAuth(alice))
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals("X-Cache", "MISS")
                    .expectBody(Map.class).returnResult().getResponseBody();
            assertThat(new BigDecimal((String) ended.get("price")))
                    .isEqualByComparingTo(personalStart(ended).setScale(2, RoundingMode.HALF_EVEN))
                    .isLessThanOrEqualTo(base(ended));
            assertThat((List<?>) ended.get("appliedPromotions")).isEmpty();
        } finally {
            if (id != null) {
                gateway.post().uri("/api/v1/promotions/{id}/end", id).headers(h -> h.setBearerAuth(mia)).exchange();
            }
        }
    }

    private static long count(Map<?, ?> profile, String field) {
        return ((Number) profile.get(field)).longValue();
    }

    private static Map<?, ?> profile() {
        return gateway.get().uri("/api/v1/profiles/me")
                .headers(h -> {
                    h.setBearerAuth(alice);
                    h.set(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
                })
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    /** The price a step of the explanation left, found by its rule; null when the quote has no such step. */
    private static BigDecimal after(Map<?, ?> quote, String rule) {
        return ((List<?>) quote.get("explanation")).stream().map(step -> (Map<?, ?>) step)
                .filter(step -> rule.equals(step.get("rule")))
                .map(step -> new BigDecimal((String) step.get("priceAfter")))
                .findFirst().orElse(null);
    }

    /** The standard price before anything personal: the optimized base when the category's policy makes one. */
    private static BigDecimal base(Map<?, ?> quote) {
        BigDecimal optimized = after(quote, "OPTIMIZED_BASE");
        return optimized != null ? optimized : new BigDecimal((String) quote.get("listPrice"));
    }

    /**
     * The running price after the personalization step: the base price when no personal adjustment applies,
     * at most 10 % below it otherwise. Checks that {@code personalized} agrees with it.
     */
    private static BigDecimal personalStart(Map<?, ?> quote) {
        BigDecimal base = base(quote);
        BigDecimal none = after(quote, "NO_PERSONAL_ADJUSTMENT");
        if (none != null) {
            assertThat(none).isEqualByComparingTo(base);
            return none;
        }
        BigDecimal start = after(quote, "PERSONAL_DISCOUNT");
        assertThat(start).as("a personalization step").isNotNull();
        assertThat(start).isLessThan(base).isGreaterThanOrEqualTo(base.multiply(new BigDecimal("0.90")));
        assertThat(quote.get("personalized")).isEqualTo(true);
        return start;
    }
}
