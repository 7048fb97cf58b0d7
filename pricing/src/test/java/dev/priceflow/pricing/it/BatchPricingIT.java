package dev.priceflow.pricing.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.api.BatchQuoteResponse;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** {@code POST /api/v1/prices/batch} against the real PostgreSQL, Redis, Kafka and Keycloak, with IT- products. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"priceflow.pricing.quote-signing-key=" + PricingIT.KEY,
                // behaviour, not latency: the shared 2-core build machine is often saturated
                "priceflow.pricing.timeouts.database=10s", "spring.r2dbc.pool.max-acquire-time=20s"})
@AutoConfigureWebTestClient
class BatchPricingIT {

    @Autowired
    WebTestClient web;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private final String mug = "IT-BM" + suffix;
    private final String lamp = "IT-BL" + suffix;

    @BeforeEach
    void catalogue() throws Exception {
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        try (Connection db = Stack.postgres()) {
            update(db, "INSERT INTO pricing.product (sku, name, category, currency, list_price, unit_cost, stock) "
                    + "VALUES (?, 'IT mug', 'IT-BCAT', 'GBP', 20.00, 10.00, 5), "
                    + "(?, 'IT lamp', 'IT-BCAT', 'GBP', 9.99, 4.00, 5)", mug, lamp);
        }
    }

    @AfterEach
    void cleanUp() throws Exception {
        try (Connection db = Stack.postgres()) {
            update(db, "DELETE FROM pricing.quote WHERE sku IN (?, ?)", mug, lamp);
            update(db, "DELETE FROM pricing.product WHERE sku IN (?, ?)", mug, lamp);
        }
    }

    @Test
    void quotesEverySkuInOrderAsTheSingleEndpointDoesRecordsEachAndListsUnknownOnes() throws Exception {
        String bob = Stack.token("bob", "bob");

        BatchQuoteResponse batch = web.post().uri("/api/v1/prices/batch").headers(h -> h.setBearerAuth(bob))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"skus\":[\"" + lamp + "\",\"IT-NOPE" + suffix + "\",\"" + mug + "\",\"" + lamp
                        + "\"],\"channel\":\"marketplace\"}")
                .exchange().expectStatus().isOk().expectBody(BatchQuoteResponse.class).returnResult()
                .getResponseBody();
        PriceQuote single = web.get().uri("/api/v1/prices/{sku}?channel=marketplace", mug)
                .headers(h -> h.setBearerAuth(bob)).exchange().expectStatus().isOk()
                .expectBody(PriceQuote.class).returnResult().getResponseBody();

        assertThat(batch.quotes()).extracting(PriceQuote::sku).containsExactly(lamp, mug);
        assertThat(batch.unknownSkus()).containsExactly("IT-NOPE" + suffix);
        assertThat(batch.quotes().get(0).price()).isEqualTo(new BigDecimal("9.99"));
        assertThat(batch.quotes().get(1).price()).isEqualTo(single.price());
        assertThat(batch.quotes().get(1).explanation()).isEqualTo(single.explanation());
        assertThat(batch.quotes()).allSatisfy(q -> assertThat(q.signature().split("\\.")).hasSize(3));
        try (Connection db = Stack.postgres(); PreparedStatement query = db.prepareStatement(
                "SELECT count(*) FROM pricing.quote WHERE quote_id IN (?, ?)")) {
            query.setObject(1, batch.quotes().get(0).quoteId());
            query.setObject(2, batch.quotes().get(1).quoteId());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getInt(1)).as("an audit row per batch quote").isEqualTo(2);
            }
        }
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
