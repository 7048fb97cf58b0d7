package dev.priceflow.pricing.promotion.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.infra.test.KeycloakUsers;
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
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
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

/**
 * Four-eyes approval, archiving, schedule time zones and the SKU floor price against the real stack: mia creates,
 * a second marketing user made for this run through Keycloak's admin API (deleted afterwards) approves.
 */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.POSTGRES, Server.REDIS, Server.KAFKA, Server.KEYCLOAK})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // a shared 2-core machine under load: generous but bounded timeouts (the defaults are for production)
        properties = {"priceflow.pricing.quote-signing-key=it-only-quote-signing-key-0123456789abcdef",
                "priceflow.pricing.timeouts.database=10s"})
@AutoConfigureWebTestClient
class PromotionApprovalIT {

    private static Stack stack;
    private static KeycloakUsers users;
    private static String approverId;
    private static String mia;
    private static String approver;
    private static String alice;

    @Autowired
    WebTestClient web;
    @Autowired
    ReactiveStringRedisTemplate redis;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private final String sku = "IT-A" + suffix;

    @BeforeAll
    static void signIn(Stack localStack, Tokens tokens) throws Exception {
        stack = localStack;
        users = new KeycloakUsers(stack);
        String name = "it-approver-" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        approverId = users.create(name, password, "marketing");
        approver = tokens.accessToken(name, password);
        mia = tokens.accessToken("mia", "mia");
        alice = tokens.accessToken("alice", "alice");
    }

    @AfterAll
    static void removeApprover() throws Exception {
        if (approverId != null) {
            users.delete(approverId);
        }
    }

    @BeforeEach
    void catalogue() throws Exception {
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        sql("INSERT INTO pricing.product (sku, name, category, currency, list_price, unit_cost, stock) "
                + "VALUES (?, 'IT clock', ?, 'GBP', 20.00, 10.00, 5)", sku, "IT-ACAT-" + suffix);
    }

    @AfterEach
    void cleanUp() throws Exception {
        sql("DELETE FROM pricing.promotion_audit WHERE promotion_id IN (SELECT id FROM pricing.promotion WHERE sku = ?)",
                sku);
        sql("DELETE FROM pricing.promotion WHERE sku = ?", sku);
        sql("DELETE FROM pricing.quote WHERE sku = ?", sku);
        sql("DELETE FROM pricing.product WHERE sku = ?", sku);
    }

    @Test
    void aBigDiscountPricesOnlyAfterASecondMarketingUserApprovesAndNeverBelowTheFloorPrice() throws Exception {
        sql("UPDATE pricing.product SET floor_price = 15.00 WHERE sku = ?", sku);
        Instant now = Instant.now();
        Map<?, ?> created = create("""
                {"name":"IT 40%% off","kind":"PERCENT_OFF","value":"40","target":{"sku":"%s"},
                 "startsAt":"%s","endsAt":"%s","status":"scheduled"}"""
                .formatted(sku, now.minusSeconds(5), now.plusSeconds(3600)))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String id = (String) created.get("id");
        assertThat(created.get("status")).isEqualTo("pending_approval");
        price().jsonPath("$.price").isEqualTo("20.00").jsonPath("$.appliedPromotions").isEmpty();

        post("/api/v1/promotions/{id}/approve", id, mia).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").value(t -> assertThat((String) t).endsWith("/forbidden"));
        long before = version();
        post("/api/v1/promotions/{id}/approve", id, approver).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("active").jsonPath("$.approvedBy").isEqualTo(approverId);

        assertThat(version()).isGreaterThan(before);
        assertThat(column("SELECT action || '|' || actor_id FROM pricing.promotion_audit WHERE promotion_id = ?::uuid "
                + "ORDER BY id", id)).containsExactly("CREATED|" + Tokens.claims(mia).get("sub").asString(),
                "APPROVED|" + approverId);
        // 20.00 - 40 % = 12.00, below the SKU's floor price 15.00 (the margin floor is 10.50)
        price().jsonPath("$.price").isEqualTo("15.00")
                .jsonPath("$.explanation[*].rule").value(rules -> assertThat(((List<?>) rules).stream().map(String::valueOf).toList())
                        .containsSubsequence("BEST_PROMOTION", "PRICE_FLOOR", "ROUNDING").last().isEqualTo("ROUNDING"));
        post("/api/v1/promotions/{id}/approve", id, approver).expectStatus().isEqualTo(409);
    }

    @Test
    void anEndedPromotionIsArchivedAndAScheduledOneMustBeEndedFirst() throws Exception {
        Instant now = Instant.now();
        String id = (String) create("""
                {"name":"IT 10%% off","kind":"PERCENT_OFF","value":"10","target":{"sku":"%s"},
                 "startsAt":"%s","endsAt":"%s","status":"scheduled"}"""
                .formatted(sku, now.minusSeconds(5), now.plusSeconds(3600)))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");

        post("/api/v1/promotions/{id}/archive", id, mia).expectStatus().isEqualTo(409);
        post("/api/v1/promotions/{id}/end", id, mia).expectStatus().isOk();
        post("/api/v1/promotions/{id}/archive", id, mia).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("archived");
        post("/api/v1/promotions/{id}/archive", id, alice).expectStatus().isForbidden();

        assertThat(column("SELECT status || '|' || active FROM pricing.promotion WHERE id = ?::uuid", id))
                .containsExactly("ARCHIVED|false");
        assertThat(column("SELECT action FROM pricing.promotion_audit WHERE promotion_id = ?::uuid ORDER BY id", id))
                .containsExactly("CREATED", "ENDED", "ARCHIVED");
    }

    @Test
    void localScheduleTimesAreStoredAsInstantsOfTheirZoneAndABadZoneIs400() throws Exception {
        String id = (String) create("""
                {"name":"IT NY","kind":"PERCENT_OFF","value":"10","target":{"sku":"%s"},
                 "startsAt":"2031-07-01T09:00","endsAt":"2031-07-02T09:00","timeZone":"America/New_York"}"""
                .formatted(sku)).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get("id");

        assertThat(column("SELECT to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI') || '|' || time_zone "
                + "FROM pricing.promotion WHERE id = ?::uuid", id)).containsExactly("2031-07-01T13:00|America/New_York");
        web.get().uri("/api/v1/promotions/{id}", id).headers(h -> h.setBearerAuth(mia)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.timeZone").isEqualTo("America/New_York")
                .jsonPath("$.startsAtLocal").isEqualTo("2031-07-01T09:00:00");

        create("""
                {"name":"IT bad zone","kind":"PERCENT_OFF","value":"10","target":{"sku":"%s"},
                 "startsAt":"2031-07-01T09:00","endsAt":"2031-07-02T09:00","timeZone":"Europe/Atlantis"}"""
                .formatted(sku)).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("timeZone");
        assertThat(column("SELECT count(*) FROM pricing.promotion WHERE sku = ?", sku)).containsExactly("1");
    }

    private WebTestClient.ResponseSpec create(String body) {
        return web.post().uri("/api/v1/promotions").headers(h -> h.setBearerAuth(mia))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec post(String path, String id, String token) {
        return web.post().uri(path, id).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private WebTestClient.BodyContentSpec price() {
        // marketplace: personal prices are off there, so alice's live profile does not change the price
        return web.get().uri("/api/v1/prices/{sku}?channel=marketplace", sku).headers(h -> h.setBearerAuth(alice))
                .exchange().expectStatus().isOk().expectBody();
    }

    private long version() {
        String value = redis.opsForValue().get(RedisKeys.PRICING_VERSION).block(Duration.ofSeconds(2));
        return value == null ? 0 : Long.parseLong(value);
    }

    private static void sql(String statement, Object... args) throws Exception {
        ItSql.update(stack, statement, args);
    }

    private static List<String> column(String query, Object... args) throws Exception {
        return ItSql.column(stack, query, args);
    }
}
