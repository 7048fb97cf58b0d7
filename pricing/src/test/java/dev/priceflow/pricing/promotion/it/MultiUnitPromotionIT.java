package dev.priceflow.pricing.promotion.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.infra.test.LocalStack;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import dev.priceflow.infra.test.Stack;
import dev.priceflow.infra.test.Tokens;
import dev.priceflow.pricing.it.ItSql;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Buy X get Y, tiered and bundle promotions and audiences over HTTP against the RUNNING pricing service
 * ({@code PRICEFLOW_PRICING}, default http://127.0.0.1:8081; deploy with {@code ./priceflow restart pricing}), real
 * Keycloak tokens (mia: marketing; alice, bob: shoppers). Products and promotions are its own (unique per run);
 * every promotion it creates is ended through the API and then deleted with its products in {@code @AfterEach}.
 */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.POSTGRES, Server.REDIS, Server.KEYCLOAK})
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MultiUnitPromotionIT {

    private static final String PRICING = System.getenv().getOrDefault("PRICEFLOW_PRICING", "http://127.0.0.1:8081");

    private static Stack stack;
    private static String mia;
    private static String alice;
    private static String aliceId;
    private static String bob;

    private final WebTestClient web = WebTestClient.bindToServer().baseUrl(PRICING)
            .responseTimeout(Duration.ofSeconds(30)).build();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private final String skuA = "IT-MA" + suffix;
    private final String skuB = "IT-MB" + suffix;
    private final String category = "IT-MCAT-" + suffix;
    private final List<String> created = new ArrayList<>();
    private final String keyPrefix = "it-multi-" + suffix + "-";

    @BeforeAll
    static void signIn(Stack localStack, Tokens tokens) {
        stack = localStack;
        mia = tokens.accessToken("mia", "mia");
        alice = tokens.accessToken("alice", "alice");
        aliceId = Tokens.claims(alice).get("sub").asString();
        bob = tokens.accessToken("bob", "bob");
    }

    @BeforeEach
    void catalogue() throws Exception {
        for (String sku : List.of(skuA, skuB)) {
            ItSql.update(stack, "INSERT INTO pricing.product (sku, name, category, currency, list_price, unit_cost, "
                    + "stock) VALUES (?, 'IT mug', ?, 'GBP', 10.00, 2.00, 50)", sku, category);
        }
    }

    @AfterEach
    void cleanUp() throws Exception {
        try {
            for (String id : created) { // ended first, so nothing stays active even if the deletes below fail
                web.post().uri("/api/v1/promotions/{id}/end", id).headers(h -> h.setBearerAuth(mia)).exchange();
            }
        } finally {
            String ours = "(SELECT id FROM pricing.promotion WHERE sku IN (?, ?) OR category = ?)";
            ItSql.update(stack, "DELETE FROM pricing.redemption WHERE promotion_id IN " + ours, skuA, skuB, category);
            ItSql.update(stack, "DELETE FROM pricing.customer_order WHERE idempotency_key LIKE ?", keyPrefix + "%");
            ItSql.update(stack, "DELETE FROM pricing.promotion_user_use WHERE promotion_id IN " + ours, skuA, skuB,
                    category);
            ItSql.update(stack, "DELETE FROM pricing.promotion_audit WHERE promotion_id IN " + ours, skuA, skuB,
                    category);
            ItSql.update(stack, "DELETE FROM pricing.promotion WHERE sku IN (?, ?) OR category = ?", skuA, skuB,
                    category);
            ItSql.update(stack, "DELETE FROM pricing.quote WHERE sku IN (?, ?)", skuA, skuB);
            ItSql.update(stack, "DELETE FROM pricing.product WHERE sku IN (?, ?)", skuA, skuB);
        }
    }

    @Test
    void buyThreeGetOneFreeIsListedBesideTheQuoteAndPricesTheCart() {
        String id = create("""
                "kind":"BUY_X_GET_Y","buyXGetY":{"buy":3,"get":1},"target":{"sku":"%s"}""".formatted(skuA));

        web.get().uri("/api/v1/prices/{sku}?channel=marketplace", skuA).headers(h -> h.setBearerAuth(alice))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.price").isEqualTo("10.00")
                .jsonPath("$.availableOffers[0].promotionId").isEqualTo(id)
                .jsonPath("$.availableOffers[0].kind").isEqualTo("BUY_X_GET_Y")
                .jsonPath("$.availableOffers[0].description").isEqualTo("buy 3 get 1 free");
        String token = quoteToken(alice, skuA);

        priceCart(alice, line(token, 9)).expectStatus().isOk().expectBody()
                // 9 units: 2 complete groups of 4, 2 free units
                .jsonPath("$.subtotal").isEqualTo("90.00").jsonPath("$.discountTotal").isEqualTo("20.00")
                .jsonPath("$.total").isEqualTo("70.00").jsonPath("$.discounts[0].promotionId").isEqualTo(id)
                .jsonPath("$.lines[0].explanation[0].step").isEqualTo("SUBTOTAL")
                .jsonPath("$.lines[0].explanation[1].totalAfter").isEqualTo("70.00");
    }

    @Test
    void checkoutRedeemsExactlyTheAmountGrantedAndTheBudgetLeavesTheOfferOutOnceSpent() throws Exception {
        String id = create("""
                "kind":"BUY_X_GET_Y","buyXGetY":{"buy":3,"get":1},"target":{"sku":"%s"}""".formatted(skuA));
        web.put().uri("/api/v1/promotions/{id}/redemption", id).headers(h -> h.setBearerAuth(mia))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"budget\":\"30.00\"}").exchange()
                .expectStatus().isOk();

        checkout(keyPrefix + "1", quoteToken(alice, skuA)).expectStatus().isCreated().expectBody()
                .jsonPath("$.discountTotal").isEqualTo("20.00").jsonPath("$.total").isEqualTo("60.00");
        // another 20.00 would pass the 30.00 budget: the automatic offer is left out of the next cart
        checkout(keyPrefix + "2", quoteToken(alice, skuA)).expectStatus().isCreated().expectBody()
                .jsonPath("$.discountTotal").isEqualTo("0.00").jsonPath("$.total").isEqualTo("80.00");

        assertThat(ItSql.column(stack, "SELECT granted FROM pricing.promotion WHERE id = ?::uuid", id))
                .containsExactly("20.00");
        assertThat(ItSql.column(stack, "SELECT sum(amount) FROM pricing.redemption WHERE promotion_id = ?::uuid", id))
                .containsExactly("20.00");
    }

    private WebTestClient.ResponseSpec checkout(String key, String quoteToken) {
        return web.post().uri("/api/v1/orders").headers(h -> h.setBearerAuth(alice)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"lines\":[" + line(quoteToken, 8) + "],\"codes\":[],\"channel\":\"marketplace\"}")
                .exchange();
    }

    @Test
    void spendTiersTakeTheHighestReachedTierAndTheFloorLimitsTheDiscount() throws Exception {
        ItSql.update(stack, "UPDATE pricing.product SET floor_price = 9.00 WHERE sku = ?", skuB);
        create("""
                "kind":"TIERED","tiered":{"basis":"spend","tiers":[{"threshold":"20","percentOff":"10"},
                {"threshold":"50","percentOff":"20"}]},"target":{"category":"%s"}""".formatted(category));

        priceCart(alice, line(quoteToken(alice, skuA), 3) + "," + line(quoteToken(alice, skuB), 3))
                .expectStatus().isOk().expectBody()
                // spend 60.00 reaches the 50 tier: 20 % of 30.00 = 6.00; on B the floor 3 x 9.00 leaves 3.00
                .jsonPath("$.lines[0].total").isEqualTo("24.00")
                .jsonPath("$.lines[1].total").isEqualTo("27.00")
                .jsonPath("$.lines[1].discounts[0].detail").value(d -> assertThat((String) d)
                        .contains("limited by floor"))
                .jsonPath("$.total").isEqualTo("51.00");
    }

    @Test
    void aBundlePriceAppliesToEachCompleteBundle() {
        create("""
                "kind":"BUNDLE","bundle":{"items":[{"sku":"%s","quantity":1},{"sku":"%s","quantity":2}],
                "price":"25.00"}""".formatted(skuA, skuB));

        web.get().uri("/api/v1/prices/{sku}?channel=marketplace", skuB).headers(h -> h.setBearerAuth(bob))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.price").isEqualTo("10.00").jsonPath("$.availableOffers[0].kind").isEqualTo("BUNDLE");
        priceCart(alice, line(quoteToken(alice, skuA), 1) + "," + line(quoteToken(alice, skuB), 3))
                .expectStatus().isOk().expectBody()
                // one bundle (A + 2 B = 30.00) for 25.00; the third B at full price
                .jsonPath("$.discountTotal").isEqualTo("5.00").jsonPath("$.total").isEqualTo("35.00");
    }

    @Test
    void aUserTargetedPromotionIsSeenByAliceAndNotByBob() {
        create("""
                "kind":"PERCENT_OFF","value":"10","target":{"sku":"%s","userIds":["%s"]}""".formatted(skuA, aliceId));
        create("""
                "kind":"BUY_X_GET_Y","buyXGetY":{"buy":3,"get":1},"target":{"sku":"%s","userIds":["%s"]}"""
                .formatted(skuB, aliceId));

        quote(alice, skuA).jsonPath("$.price").isEqualTo("9.00");
        quote(bob, skuA).jsonPath("$.price").isEqualTo("10.00");
        quote(alice, skuB).jsonPath("$.availableOffers.length()").isEqualTo(1);
        quote(bob, skuB).jsonPath("$.availableOffers.length()").isEqualTo(0);
        // batch quotes list the same offers per SKU, audiences applied
        batch(alice).jsonPath("$.quotes[0].sku").isEqualTo(skuA).jsonPath("$.quotes[0].availableOffers.length()")
                .isEqualTo(0).jsonPath("$.quotes[1].sku").isEqualTo(skuB)
                .jsonPath("$.quotes[1].availableOffers[0].kind").isEqualTo("BUY_X_GET_Y")
                .jsonPath("$.quotes[1].availableOffers[0].description").isEqualTo("buy 3 get 1 free");
        batch(bob).jsonPath("$.quotes[1].availableOffers.length()").isEqualTo(0);
        priceCart(bob, line(quoteToken(bob, skuB), 4)).expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo("40.00");
        priceCart(alice, line(quoteToken(alice, skuB), 4)).expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo("30.00");
    }

    @Test
    void aSegmentTargetedPromotionFollowsTheProfileSegmentInRedis() throws Exception {
        String aliceSegment = segment(aliceId);
        String bobSegment = segment(Tokens.claims(bob).get("sub").asString());
        Assumptions.assumeTrue(aliceSegment != null && !aliceSegment.equals(bobSegment),
                "needs alice in a segment other than bob's (user-profile's demo data)");
        create("""
                "kind":"PERCENT_OFF","value":"20","target":{"sku":"%s","segments":["%s"]}""".formatted(skuA,
                aliceSegment));

        quote(alice, skuA).jsonPath("$.price").isEqualTo("8.00");
        quote(bob, skuA).jsonPath("$.price").isEqualTo("10.00");
    }

    private static String segment(String userId) {
        try (RedisClient client = RedisClient.create(stack.redisUri().toString());
             StatefulRedisConnection<String, String> redis = client.connect()) {
            return redis.sync().hget(RedisKeys.profile(userId), "segmentId");
        }
    }

    @Test
    void invalidTermsAreRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
        String name = "IT invalid " + suffix;
        bad(name, "\"kind\":\"BUY_X_GET_Y\",\"buyXGetY\":{\"buy\":0,\"get\":1},\"target\":{\"sku\":\"" + skuA + "\"}",
                "buyXGetY.buy");
        bad(name, "\"kind\":\"BUNDLE\",\"bundle\":{\"items\":[{\"sku\":\"" + skuA + "\"},{\"sku\":\"NO-SUCH-"
                + suffix + "\"}],\"percentOff\":\"10\"}", "bundle.items[1].sku");
        bad(name, "\"kind\":\"TIERED\",\"tiered\":{\"basis\":\"quantity\",\"tiers\":[{\"threshold\":\"3\","
                + "\"percentOff\":\"5\"},{\"threshold\":\"2\",\"percentOff\":\"10\"}]},\"target\":{\"sku\":\"" + skuA
                + "\"}", "tiered.tiers[1].threshold");
        bad(name, "\"kind\":\"PERCENT_OFF\",\"value\":\"5\",\"target\":{\"sku\":\"" + skuA
                + "\",\"userIds\":[\"bob\"],\"segments\":[\"-2\"]}", "target.userIds[0]");

        assertThat(ItSql.column(stack, "SELECT count(*) FROM pricing.promotion WHERE name = ?", name))
                .containsExactly("0");
    }

    private void bad(String name, String fields, String field) {
        Instant now = Instant.now();
        web.post().uri("/api/v1/promotions").headers(h -> h.setBearerAuth(mia))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"" + name + "\"," + fields
                        + ",\"startsAt\":\"" + now.minusSeconds(5) + "\",\"endsAt\":\"" + now.plusSeconds(3600)
                        + "\",\"status\":\"scheduled\"}")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[?(@.field == '" + field + "')]").exists();
    }

    private String create(String fields) {
        Instant now = Instant.now();
        Map<?, ?> body = web.post().uri("/api/v1/promotions").headers(h -> h.setBearerAuth(mia))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"IT multi " + suffix + "\"," + fields
                        + ",\"startsAt\":\"" + now.minusSeconds(5) + "\",\"endsAt\":\"" + now.plusSeconds(3600)
                        + "\",\"status\":\"scheduled\"}")
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(body.get("status")).as("below the approval threshold: active at once").isEqualTo("active");
        created.add((String) body.get("id"));
        return (String) body.get("id");
    }

    private WebTestClient.BodyContentSpec batch(String token) {
        return web.post().uri("/api/v1/prices/batch").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"skus\":[\"" + skuA + "\",\"" + skuB + "\"],\"channel\":\"marketplace\"}")
                .exchange().expectStatus().isOk().expectBody();
    }

    private WebTestClient.BodyContentSpec quote(String token, String sku) {
        return web.get().uri("/api/v1/prices/{sku}?channel=marketplace", sku).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody();
    }

    private String quoteToken(String token, String sku) {
        return (String) web.get().uri("/api/v1/prices/{sku}?channel=marketplace", sku)
                .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("signature");
    }

    private static String line(String quoteToken, int quantity) {
        return "{\"quoteToken\":\"" + quoteToken + "\",\"quantity\":" + quantity + "}";
    }

    private WebTestClient.ResponseSpec priceCart(String token, String lines) {
        return web.post().uri("/api/v1/orders/price").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"lines\":[" + lines + "],\"codes\":[],\"channel\":\"marketplace\"}").exchange();
    }
}
