package dev.priceflow.pricing.experiment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/pricing/simulations} on the running pricing service, on two SKUs of a category made for
 * this run (no sales history, so demand-forecast has no forecast for them: the default elasticity applies).
 */
class SimulationIT {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private final String category = "it-sim-" + suffix.toLowerCase(Locale.ROOT);
    private final String skuA = "ITSA-" + suffix;
    private final String skuB = "ITSB-" + suffix;
    private final LocalDate from = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    private final LocalDate to = from.plusDays(6);

    @BeforeEach
    void catalogue() throws Exception {
        for (String sku : new String[] {skuA, skuB}) {
            ItClient.update("INSERT INTO pricing.product (sku, name, category, currency, list_price, unit_cost, stock) "
                    + "VALUES (?, 'IT simulation mug', ?, 'GBP', 20.00, 8.00, 100)", sku, category);
        }
    }

    @AfterEach
    void cleanUp() throws Exception {
        ItClient.update("DELETE FROM pricing.base_price_history WHERE sku IN (?, ?)", skuA, skuB);
        ItClient.update("DELETE FROM pricing.product WHERE sku IN (?, ?)", skuA, skuB);
    }

    private String body(String proposal) {
        return "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"channel\":\"web\"," + proposal + "}";
    }

    @Test
    void aCategoryPromotionIsSimulatedWithTheDefaultElasticity() throws Exception {
        ItClient.Answer a = ItClient.post("/api/v1/pricing/simulations", ItClient.token("mia"),
                body("\"promotion\":{\"kind\":\"PERCENT_OFF\",\"value\":20,\"category\":\"" + category + "\"}"));
        assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
        assertThat(a.body().path("skus").asInt()).isEqualTo(2);
        assertThat(a.body().path("currency").asString()).isEqualTo("GBP");
        assertThat(a.body().path("source").asString()).isEqualTo("DEFAULT_ELASTICITY");
        assertThat(a.body().path("days").size()).isEqualTo(7);
        // 1 unit/day/SKU at 20.00 (service default), elasticity -2: 20 % off sells 1/0.8^2 = 1.5625x, revenue +25 %
        assertThat(a.body().path("current").path("revenue").asString()).isEqualTo("280.00");
        assertThat(a.body().path("proposed").path("revenue").asString()).isEqualTo("350.00");
        assertThat(a.body().path("current").path("margin").asString()).isEqualTo("168.00");
        assertThat(a.body().path("proposed").path("margin").asString()).isEqualTo("175.00");
        assertThat(a.body().path("change").path("revenuePercent").asDouble()).isEqualTo(25.0);
        assertThat(a.body().path("skuDetails").get(0).path("source").asString()).isEqualTo("DEFAULT_ELASTICITY");
        assertThat(a.body().path("notes").toString()).contains(skuA).contains("default elasticity -2.00");
    }

    @Test
    void aCategoryPolicyIsSimulatedWithoutBeingSaved() throws Exception {
        String policy = "\"policy\":{\"category\":\"" + category + "\",\"objective\":\"PROFIT\","
                + "\"maxDailyChangePercent\":\"10\",\"priceEnding\":\"none\",\"personalizationAllowed\":false,"
                + "\"channels\":{\"web\":{\"optimize\":true,\"personalize\":false}}}";
        ItClient.Answer a = ItClient.post("/api/v1/pricing/simulations", ItClient.token("mia"), body(policy));
        assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
        assertThat(a.body().path("skus").asInt()).isEqualTo(2);
        // PROFIT with elasticity -2 and cost 8 wants 16.00; the daily change limit stops it at 18.00 (-10 %)
        assertThat(a.body().path("days").get(0).path("proposed").path("revenue").asString())
                .isNotEqualTo(a.body().path("days").get(0).path("current").path("revenue").asString());
        assertThat(a.body().path("change").path("units").asDouble()).isPositive();
        assertThat(ItClient.first("SELECT count(*) FROM pricing.category_policy WHERE category = ?", category))
                .isEqualTo("0");
        assertThat(ItClient.first("SELECT count(*) FROM pricing.base_price_history WHERE sku = ?", skuA))
                .isEqualTo("0");
    }

    @Test
    void badInputIsAProblemNamingTheField() throws Exception {
        String mia = ItClient.token("mia");
        String promo = "\"promotion\":{\"kind\":\"PERCENT_OFF\",\"value\":20,\"sku\":\"" + skuA + "\"}";
        assertField(ItClient.post("/api/v1/pricing/simulations", mia, "{\"from\":\"" + to + "\",\"to\":\"" + from
                + "\"," + promo + "}"), "from");
        assertField(ItClient.post("/api/v1/pricing/simulations", mia, "{\"from\":\"" + from + "\",\"to\":\""
                + from.plusDays(100) + "\"," + promo + "}"), "to");
        assertField(ItClient.post("/api/v1/pricing/simulations", mia,
                body("\"promotion\":{\"kind\":\"PERCENT_OFF\",\"value\":20,\"sku\":\"NOPE-" + suffix + "\"}")),
                "promotion.sku");
        assertField(ItClient.post("/api/v1/pricing/simulations", mia,
                body("\"promotion\":{\"kind\":\"PERCENT_OFF\",\"value\":120,\"sku\":\"" + skuA + "\"}")),
                "promotion.value");
        assertField(ItClient.post("/api/v1/pricing/simulations", mia,
                body(promo + ",\"promotionId\":\"" + UUID.randomUUID() + "\"")), "proposal");
        assertField(ItClient.post("/api/v1/pricing/simulations", mia,
                body("\"promotionId\":\"" + UUID.randomUUID() + "\"")), "promotionId");
        assertField(ItClient.post("/api/v1/pricing/simulations", mia,
                body("\"promotion\":{\"kind\":\"PERCENT_OFF\",\"value\":5,\"category\":\"none-" + suffix + "\"}")),
                "promotion.category");
        assertThat(ItClient.post("/api/v1/pricing/simulations", ItClient.token("alice"), body(promo)).status())
                .isEqualTo(403);
    }

    private static void assertField(ItClient.Answer a, String field) {
        assertThat(a.status()).as(a.body().toString()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.body().path("type").asString()).endsWith("invalid-request");
        assertThat(a.body().path("field").asString()).isEqualTo(field);
    }
}
