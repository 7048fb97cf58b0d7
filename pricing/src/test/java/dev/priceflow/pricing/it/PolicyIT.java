package dev.priceflow.pricing.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.contracts.api.PriceQuote;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The pricing-policy API and the optimized base in quotes, against the real PostgreSQL, Redis and Keycloak.
 * Each run uses its own SKU and category and removes them afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "priceflow.pricing.quote-signing-key=" + PricingIT.KEY)
@AutoConfigureWebTestClient
class PolicyIT {

    static final String MIA_ID = "6f1c2a8e-0000-4000-8000-0000000003a1";
    static final String POLICY = """
            {"objective":"PROFIT","maxDailyChangePercent":"10","priceEnding":"none","personalizationAllowed":true,
             "personalizationMaxPercent":"5","channels":{"web":{"optimize":true,"personalize":true},
             "app":{"optimize":true,"personalize":true},"marketplace":{"optimize":true,"personalize":false}}}""";

    @Autowired
    WebTestClient web;
    @Autowired
    ReactiveStringRedisTemplate redis;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private final String sku = "ITP-" + suffix;
    private final String category = "it-pol-" + suffix.toLowerCase(Locale.ROOT);

    @BeforeEach
    void catalogue() throws Exception {
        try (Connection db = Stack.postgres()) {
            update(db, "INSERT INTO pricing.product (sku, name, category, currency, list_price, unit_cost, stock) "
                    + "VALUES (?, 'IT policy mug', ?, 'GBP', 20.00, 8.00, 100)", sku, category);
            update(db, "INSERT INTO pricing.channel_list_price (sku, channel, list_price) VALUES (?, 'app', 22.00)",
                    sku);
        }
    }

    @AfterEach
    void cleanUp() throws Exception {
        try (Connection db = Stack.postgres()) {
            update(db, "DELETE FROM pricing.quote WHERE sku = ?", sku);
            update(db, "DELETE FROM pricing.base_price_history WHERE sku = ?", sku);
            update(db, "DELETE FROM pricing.pricing_policy_audit WHERE subject IN (?, ?)", "category:" + category,
                    "sku:" + sku);
            update(db, "DELETE FROM pricing.category_policy WHERE category = ?", category);
            update(db, "DELETE FROM pricing.product WHERE sku = ?", sku);
        }
    }

    @Test
    void marketingPutsAPolicyWhichIsAuditedBumpsTheVersionAndIsReadBack() throws Exception {
        String mia = Stack.token("mia", "mia");
        long before = version();
        web.put().uri("/api/v1/pricing/policies/{c}", category).headers(h -> h.setBearerAuth(mia))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(POLICY).exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.category").isEqualTo(category).jsonPath("$.objective").isEqualTo("PROFIT")
                .jsonPath("$.channels.marketplace.personalize").isEqualTo(false).jsonPath("$.version").isEqualTo(0);
        assertThat(version()).isGreaterThan(before);

        web.get().uri("/api/v1/pricing/policies/{c}", category).headers(h -> h.setBearerAuth(mia)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.maxDailyChangePercent").isEqualTo("10")
                .jsonPath("$.updatedBy").isEqualTo(MIA_ID);
        web.get().uri("/api/v1/pricing/policies").headers(h -> h.setBearerAuth(mia)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.category == '" + category + "')].objective").isEqualTo("PROFIT")
                .jsonPath("$[?(@.category == 'home')]").exists();
        try (Connection db = Stack.postgres();
             PreparedStatement q = db.prepareStatement("SELECT actor_id, actor_name, before, after->>'objective' "
                     + "FROM pricing.pricing_policy_audit WHERE subject = ?")) {
            q.setString(1, "category:" + category);
            try (ResultSet row = q.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo(MIA_ID);
                assertThat(row.getString(2)).isEqualTo("mia");
                assertThat(row.getString(3)).isNull();
                assertThat(row.getString(4)).isEqualTo("PROFIT");
            }
        }
    }

    @Test
    void badInputIsAFieldNamedProblemAndShoppersMayNotTouchPolicies() throws Exception {
        String mia = Stack.token("mia", "mia");
        web.put().uri("/api/v1/pricing/policies/{c}", category).headers(h -> h.setBearerAuth(mia))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(POLICY.replace("\"10\"", "\"101\"").replace("\"5\"", "\"-1\"")).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[?(@.field == 'maxDailyChangePercent')]").exists()
                .jsonPath("$.errors[?(@.field == 'personalizationMaxPercent')]").exists();
        web.put().uri("/api/v1/pricing/skus/{s}/limits", sku).headers(h -> h.setBearerAuth(mia))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"floorPrice\":\"9\",\"ceilingPrice\":\"8\"}")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("floorPrice");
        String alice = Stack.token("alice", "alice");
        web.put().uri("/api/v1/pricing/policies/{c}", category).headers(h -> h.setBearerAuth(alice))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(POLICY).exchange().expectStatus().isForbidden();
        web.get().uri("/api/v1/pricing/policies/{c}", category).headers(h -> h.setBearerAuth(mia)).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void quotesCarryTheOptimizedBaseWithinTheLimitsAndPerChannelListPrices() throws Exception {
        String mia = Stack.token("mia", "mia");
        web.put().uri("/api/v1/pricing/policies/{c}", category).headers(h -> h.setBearerAuth(mia))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(POLICY).exchange().expectStatus().isCreated();
        String bob = Stack.token("bob", "bob");

        // profit optimum c*e/(1+e) = 8 * 2 = 16.00 at the default elasticity -2; at most 10 % below the list
        // price 20.00 on the first day: 18.00
        PriceQuote marketplace = quote(bob, "marketplace");
        assertThat(marketplace.listPrice()).isEqualByComparingTo("20.00");
        assertThat(marketplace.price()).isEqualByComparingTo("18.00");
        assertThat(marketplace.explanation()).extracting(PriceQuote.ExplanationStep::rule)
                .startsWith("LIST_PRICE", "OPTIMIZED_BASE");
        assertThat(marketplace.explanation().get(1).detail()).contains("c*e/(1+e)").contains("10 % change a day");

        PriceQuote app = quote(bob, "app"); // the app's own list price 22.00: at most 10 % below it
        assertThat(app.listPrice()).isEqualByComparingTo("22.00");
        assertThat(app.explanation().get(1).priceAfter()).isEqualByComparingTo("19.80");

        web.put().uri("/api/v1/pricing/skus/{s}/limits", sku).headers(h -> h.setBearerAuth(mia))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"floorPrice\":\"19.00\",\"ceilingPrice\":\"24\"}")
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.floorPrice").isEqualTo("19.00");
        assertThat(quote(bob, "marketplace").price()).isEqualByComparingTo(new BigDecimal("19.00"));
    }

    private PriceQuote quote(String token, String channel) {
        return web.get().uri("/api/v1/prices/{sku}?channel={c}", sku, channel).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(PriceQuote.class).returnResult().getResponseBody();
    }

    private long version() {
        String v = redis.opsForValue().get(RedisKeys.PRICING_VERSION).defaultIfEmpty("0").block(Duration.ofSeconds(5));
        return Long.parseLong(v);
    }

    private static void update(Connection db, String sql, Object... args) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        }
    }
}
