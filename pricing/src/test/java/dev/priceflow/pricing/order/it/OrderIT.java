package dev.priceflow.pricing.order.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.contracts.Sku;
import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import dev.priceflow.infra.test.Stack;
import dev.priceflow.infra.test.Tokens;
import dev.priceflow.pricing.adapter.jose.JwsQuoteTokens;
import dev.priceflow.pricing.adapter.jose.QuoteKeys;
import dev.priceflow.pricing.domain.QuoteClaims;
import dev.priceflow.pricing.it.ItSql;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Cart pricing, codes and checkout against the real PostgreSQL, Redis, Kafka and Keycloak, with a product and
 * promotions of its own (unique per run), including 32 concurrent checkouts racing for the last use of a code
 * and for the last pound of a budget.
 */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.POSTGRES, Server.REDIS, Server.KAFKA, Server.KEYCLOAK})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"priceflow.pricing.quote-signing-key=" + OrderIT.KEY,
                // 32 racers share a pool of 10 connections on a busy 2-core machine: let them queue, not time out
                "spring.r2dbc.pool.max-acquire-time=20s", "priceflow.pricing.timeouts.database=10s"})
@AutoConfigureWebTestClient
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OrderIT {

    static final String KEY = "it-only-quote-signing-key-0123456789abcdef";
    static final int RACERS = 32;

    private static Stack stack;
    private static String mia;
    private static String alice;
    private static String aliceId;
    private static String bob;

    @Autowired
    WebTestClient web;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private final String sku = "IT-O" + suffix;
    private final String category = "IT-OCAT-" + suffix;
    private final String keyPrefix = "it-order-" + suffix + "-";

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
        web = web.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        sql("INSERT INTO pricing.product (sku, name, category, currency, list_price, unit_cost, stock) "
                + "VALUES (?, 'IT kettle', ?, 'GBP', 20.00, 10.00, 50)", sku, category);
    }

    @AfterEach
    void cleanUp() throws Exception {
        String promotions = "(SELECT id FROM pricing.promotion WHERE sku = ? OR category = ?)";
        sql("DELETE FROM pricing.redemption WHERE promotion_id IN " + promotions, sku, category);
        sql("DELETE FROM pricing.customer_order WHERE idempotency_key LIKE ?", keyPrefix + "%");
        sql("DELETE FROM pricing.promotion_user_use WHERE promotion_id IN " + promotions, sku, category);
        sql("DELETE FROM pricing.promotion_code WHERE promotion_id IN " + promotions, sku, category);
        sql("DELETE FROM pricing.promotion_audit WHERE promotion_id IN " + promotions, sku, category);
        sql("DELETE FROM pricing.promotion WHERE sku = ? OR category = ?", sku, category);
        sql("DELETE FROM pricing.quote WHERE sku = ?", sku);
        sql("DELETE FROM pricing.product WHERE sku = ?", sku);
    }

    @Test
    void aCodePricesTheCartAndCheckoutRedeemsItOnceIdempotently() throws Exception {
        String id = promotion("PERCENT_OFF", "10");
        String code = "IT" + suffix;
        rules(id, "{\"publicCode\":\"" + code.toLowerCase(Locale.ROOT) + "\",\"maxUsesPerUser\":1}")
                .expectStatus().isOk().expectBody().jsonPath("$.codeMode").isEqualTo("public")
                .jsonPath("$.publicCode").isEqualTo(code).jsonPath("$.cartLevel").isEqualTo(true);
        String token = quoteToken(); // cart-level: the quote itself is the list price
        String body = cart(token, 3, code);

        web.post().uri("/api/v1/orders/price").headers(h -> h.setBearerAuth(alice))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.subtotal").isEqualTo("60.00").jsonPath("$.discountTotal").isEqualTo("6.00")
                .jsonPath("$.total").isEqualTo("54.00").jsonPath("$.lines[0].total").isEqualTo("54.00")
                .jsonPath("$.discounts[0].code").isEqualTo(code);
        assertThat(count("SELECT count(*) FROM pricing.redemption WHERE promotion_id = ?::uuid", id)).isZero();

        String key = keyPrefix + "once";
        String first = checkout(key, body).expectStatus().isCreated().expectBody(String.class).returnResult()
                .getResponseBody();
        EntityExchangeResult<String> again = checkout(key, body).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true").expectBody(String.class).returnResult();
        assertThat(again.getResponseBody()).contains(orderId(first));
        checkout(key, cart(token, 2, code)).expectStatus().isEqualTo(422);
        // the per-user limit (1) is reached: a new checkout with the same code is refused, naming the code
        checkout(keyPrefix + "twice", body).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo(ProblemTypes.PROMOTION_CODE_REFUSED.toString())
                .jsonPath("$.code").isEqualTo(code);

        assertThat(count("SELECT count(*) FROM pricing.redemption WHERE promotion_id = ?::uuid", id)).isEqualTo(1);
        assertThat(column("SELECT uses || '|' || granted FROM pricing.promotion WHERE id = ?::uuid", id))
                .containsExactly("1|6.00");
        assertThat(column("SELECT total::text FROM pricing.customer_order WHERE idempotency_key = ?", key))
                .containsExactly("54.00");
        assertThat(column("SELECT action FROM pricing.promotion_audit WHERE promotion_id = ?::uuid ORDER BY id", id))
                .containsExactly("CREATED", "UPDATED");
    }

    @Test
    void expiredTamperedAndSomeoneElsesQuotesAreRefusedNamingTheLine() {
        String token = quoteToken();
        String expired = new JwsQuoteTokens(QuoteKeys.single("k1", KEY), Clock.systemUTC()).sign(new QuoteClaims(
                UUID.randomUUID(), aliceId, new Sku(sku), "marketplace", Currency.getInstance("GBP"),
                new BigDecimal("1.00"), new BigDecimal("20.00"), "0", Instant.now().minusSeconds(1000),
                Instant.now().minusSeconds(100)));
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        priceProblem(alice, "{\"lines\":[{\"quoteToken\":\"" + token + "\",\"quantity\":1},{\"quoteToken\":\""
                + expired + "\",\"quantity\":1}],\"channel\":\"marketplace\"}", 422, ProblemTypes.QUOTE_EXPIRED, 1);
        priceProblem(alice, cart(tampered, 1, null), 422, ProblemTypes.INVALID_QUOTE, 0);
        priceProblem(bob, cart(token, 1, null), 403, ProblemTypes.FORBIDDEN, 0);
    }

    @Test
    void uniqueCodesAreGeneratedDownloadableAndSingleUse() {
        String id = promotion("AMOUNT_OFF", "2.00");
        web.post().uri("/api/v1/promotions/{id}/codes", id).headers(h -> h.setBearerAuth(mia))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"count\":3}").exchange()
                .expectStatus().isCreated().expectBody().jsonPath("$.generated").isEqualTo(3)
                .jsonPath("$.codeMode").isEqualTo("unique");
        String csv = web.get().uri("/api/v1/promotions/{id}/codes", id).headers(h -> h.setBearerAuth(mia)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        List<String> rows = csv.lines().toList();
        assertThat(rows).hasSize(4).first().isEqualTo("code,uses");
        String code = rows.get(1).split(",")[0];
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

        checkout(keyPrefix + "u1", cart(quoteToken(), 1, code)).expectStatus().isCreated().expectBody()
                .jsonPath("$.total").isEqualTo("18.00");
        checkout(keyPrefix + "u2", cart(quoteToken(), 1, code)).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.code").isEqualTo(code);
        assertThat(web.get().uri("/api/v1/promotions/{id}/codes", id).headers(h -> h.setBearerAuth(mia)).exchange()
                .expectBody(String.class).returnResult().getResponseBody()).contains(code + ",1");
    }

    @Test
    void thirtyTwoRacersForTheLastUseOfACodeGiveExactlyOneWinner() throws Exception {
        String id = promotion("PERCENT_OFF", "10");
        String code = "LAST" + suffix;
        rules(id, "{\"publicCode\":\"" + code + "\",\"maxUses\":1}").expectStatus().isOk();

        List<Integer> statuses = race(code);

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(RACERS - 1);
        assertThat(column("SELECT uses || '|' || granted FROM pricing.promotion WHERE id = ?::uuid", id))
                .containsExactly("1|2.00");
        assertThat(count("SELECT count(*) FROM pricing.redemption WHERE promotion_id = ?::uuid", id)).isEqualTo(1);
    }

    @Test
    void thirtyTwoRacersForTheLastPoundOfABudgetNeverExceedIt() throws Exception {
        String id = promotion("AMOUNT_OFF", "1.00");
        String code = "BUDGET" + suffix;
        rules(id, "{\"publicCode\":\"" + code + "\",\"budget\":\"1.00\"}").expectStatus().isOk();

        List<Integer> statuses = race(code);

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(RACERS - 1);
        assertThat(column("SELECT granted::text FROM pricing.promotion WHERE id = ?::uuid", id))
                .containsExactly("1.00");
        assertThat(column("SELECT coalesce(sum(amount), 0)::text FROM pricing.redemption WHERE promotion_id = ?::uuid",
                id)).containsExactly("1.00");
    }

    private List<Integer> race(String code) throws Exception {
        String body = cart(quoteToken(), 1, code);
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                String key = keyPrefix + "race-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return checkout(key, body).returnResult(String.class).getStatus().value();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private String promotion(String kind, String value) {
        Instant now = Instant.now();
        Map<?, ?> created = web.post().uri("/api/v1/promotions").headers(h -> h.setBearerAuth(mia))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("""
                        {"name":"IT %s %s","kind":"%s","value":"%s","target":{"sku":"%s"},
                         "startsAt":"%s","endsAt":"%s","status":"scheduled"}"""
                        .formatted(kind, value, kind, value, sku, now.minusSeconds(5), now.plusSeconds(3600)))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) created.get("id");
    }

    private WebTestClient.ResponseSpec rules(String id, String body) {
        return web.put().uri("/api/v1/promotions/{id}/redemption", id).headers(h -> h.setBearerAuth(mia))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** Alice's quote on the marketplace channel (one price for everyone there, whatever her live profile). */
    private String quoteToken() {
        return (String) web.get().uri("/api/v1/prices/{sku}?channel=marketplace", sku)
                .headers(h -> h.setBearerAuth(alice)).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("signature");
    }

    private static String cart(String token, int quantity, String code) {
        return "{\"lines\":[{\"quoteToken\":\"" + token + "\",\"quantity\":" + quantity + "}],\"codes\":["
                + (code == null ? "" : "\"" + code + "\"") + "],\"channel\":\"marketplace\"}";
    }

    private WebTestClient.ResponseSpec checkout(String key, String body) {
        return web.post().uri("/api/v1/orders").headers(h -> h.setBearerAuth(alice)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private void priceProblem(String token, String body, int status, java.net.URI type, int line) {
        web.post().uri("/api/v1/orders/price").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(type.toString()).jsonPath("$.line").isEqualTo(line);
    }

    private static String orderId(String receipt) {
        int at = receipt.indexOf("\"orderId\":\"") + 11;
        return receipt.substring(at, at + 36);
    }

    private static void sql(String statement, Object... args) throws Exception {
        ItSql.update(stack, statement, args);
    }

    private static long count(String query, Object... args) throws Exception {
        return Long.parseLong(column(query, args).getFirst());
    }

    private static List<String> column(String query, Object... args) throws Exception {
        return ItSql.column(stack, query, args);
    }
}
