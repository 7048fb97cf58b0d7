package dev.priceflow.trends.adapter.streams;

import static dev.priceflow.trends.adapter.streams.TopologyFixture.T0;
import static dev.priceflow.trends.adapter.streams.TopologyFixture.competitor;
import static dev.priceflow.trends.adapter.streams.TopologyFixture.last;
import static dev.priceflow.trends.adapter.streams.TopologyFixture.ofType;
import static dev.priceflow.trends.adapter.streams.TopologyFixture.view;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MomentumAndPriceIndexTest {

    private final TopologyFixture fx = new TopologyFixture(TopologyFixture.shortBaseline());

    @AfterEach
    void close() {
        fx.close();
    }

    private void views(String sku, Instant hourStart, int n) {
        for (int i = 0; i < n; i++) {
            fx.send(view("u" + i, sku, hourStart.plusSeconds(10L + i)));
        }
    }

    @Test
    void aSuddenBurstAgainstAQuietBaselineIsASpikeWithAHighZScore() {
        for (int h = 0; h < 6; h++) {
            views("MUG-1", T0.plus(Duration.ofHours(h)), 2 + h % 2);   // 2 or 3 views an hour
        }
        fx.drain();
        views("MUG-1", T0.plus(Duration.ofHours(6)), 40);
        JsonNode mugs = last(fx.drain(), "CategoryMomentum", "hour", "category", "mugs");
        assertThat(mugs.get("views").asLong()).isEqualTo(40);
        assertThat(mugs.get("baselineMean").asDouble()).isEqualTo(2.5);
        assertThat(mugs.get("momentum").asDouble()).isGreaterThan(3.0);
        assertThat(mugs.get("anomaly").asString()).isEqualTo("SPIKE");
    }

    @Test
    void aCollapseAgainstABusyBaselineIsADrop() {
        for (int h = 0; h < 6; h++) {
            views("MUG-1", T0.plus(Duration.ofHours(h)), 20 + h % 3);
        }
        views("MUG-1", T0.plus(Duration.ofHours(6)), 1);
        JsonNode mugs = last(fx.drain(), "CategoryMomentum", "hour", "category", "mugs");
        assertThat(mugs.get("momentum").asDouble()).isLessThan(-3.0);
        assertThat(mugs.get("anomaly").asString()).isEqualTo("DROP");
    }

    @Test
    void steadyTrafficIsNoAnomaly() {
        for (int h = 0; h < 9; h++) {
            views("MUG-1", T0.plus(Duration.ofHours(h)), 10 + h % 2);
        }
        JsonNode mugs = last(fx.drain(), "CategoryMomentum", "hour", "category", "mugs");
        assertThat(mugs.get("anomaly").asString()).isEqualTo("NONE");
        assertThat(Math.abs(mugs.get("momentum").asDouble())).isLessThan(3.0);
    }

    @Test
    void risingProductsAreTheCategorysProductsWithTheHighestPositiveMomentumFirst() {
        Instant hour = T0.plus(Duration.ofHours(5));
        views("MUG-1", hour, 3);
        views("MUG-2", hour, 9);
        views("MUG-3", hour, 1);
        views("BAG-1", hour, 20);
        JsonNode rising = last(fx.drain(), "RisingProducts", "hour", "category", "mugs");
        assertThat(rising.get("windowStart").asString()).isEqualTo(hour.toString());
        assertThat(rising.get("products").valueStream().map(p -> p.get("sku").asString()).toList())
                .containsExactly("MUG-2", "MUG-1", "MUG-3");
    }

    @Test
    void priceIndexIsOurListPriceOverTheLowestFreshCompetitorPriceInOurCurrency() {
        fx.sendCompetitor(competitor("MUG-1", "acme", "12.50", "GBP", T0));
        fx.sendCompetitor(competitor("MUG-1", "bolt", "8.00", "GBP", T0.plusSeconds(60)));
        fx.sendCompetitor(competitor("MUG-1", "euro-shop", "5.00", "EUR", T0.plusSeconds(90)));
        fx.sendCompetitor(competitor("MUG-1", "bolt", "7.00", "GBP", T0.minusSeconds(3600)));   // older: ignored
        List<JsonNode> signals = ofType(fx.drain(), "CompetitorPriceIndex", null);
        JsonNode index = signals.getLast();
        assertThat(index.get("sku").asString()).isEqualTo("MUG-1");
        assertThat(index.get("category").asString()).isEqualTo("mugs");
        assertThat(index.get("ourPrice").asString()).isEqualTo("10.00");
        assertThat(index.get("lowestCompetitorPrice").asString()).isEqualTo("8.00");
        assertThat(index.get("lowestCompetitor").asString()).isEqualTo("bolt");
        assertThat(index.get("index").asString()).isEqualTo("1.2500");
        assertThat(signals.getFirst().get("index").asString()).isEqualTo("0.8000");   // 10.00 / 12.50
    }

    @Test
    void competitorPricesOlderThanTheFreshnessWindowNoLongerCount() {
        fx.sendCompetitor(competitor("MUG-1", "acme", "5.00", "GBP", T0));
        fx.sendCompetitor(competitor("MUG-1", "bolt", "20.00", "GBP", T0.plus(Duration.ofDays(31))));
        JsonNode index = ofType(fx.drain(), "CompetitorPriceIndex", null).getLast();
        assertThat(index.get("lowestCompetitor").asString()).isEqualTo("bolt");
        assertThat(index.get("index").asString()).isEqualTo("0.5000");
    }

    @Test
    void competitorPricesForSkusOutsideTheCatalogueGiveNoIndex() {
        fx.sendCompetitor(competitor("NOT-OURS", "acme", "5.00", "GBP", T0));
        assertThat(ofType(fx.drain(), "CompetitorPriceIndex", null)).isEmpty();
    }
}
