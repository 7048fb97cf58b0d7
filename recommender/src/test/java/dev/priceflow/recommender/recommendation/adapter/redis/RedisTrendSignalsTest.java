package dev.priceflow.recommender.recommendation.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.recommender.recommendation.domain.Candidate;
import dev.priceflow.recommender.recommendation.domain.Source;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RedisTrendSignalsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Instant NOT_BEFORE = Instant.parse("2026-11-19T00:00:00Z");

    static String rising(String category, String windowEnd, String products) {
        return "{\"type\":\"RisingProducts\",\"category\":\"" + category + "\",\"window\":\"day\","
                + "\"windowStart\":\"2026-11-26T00:00:00Z\",\"windowEnd\":\"" + windowEnd + "\",\"products\":["
                + products + "]}";
    }

    @Test
    void readsTheRisingProductsOfAFreshWindowWithTheirMomentumAndCategory() {
        String value = rising("kitchen", "2026-11-27T00:00:00Z",
                "{\"sku\":\"22960\",\"momentum\":4.5,\"score\":30.0},{\"sku\":\"21154\",\"momentum\":1.0,\"score\":9.0}");
        assertThat(RedisTrendSignals.parse(JSON, "kitchen", value, NOT_BEFORE)).containsExactly(
                new Candidate("22960", Source.TRENDING, 4.5, "kitchen"),
                new Candidate("21154", Source.TRENDING, 1.0, "kitchen"));
    }

    @Test
    void staleWindowsOtherCategoriesNonPositiveMomentumAndBadJsonGiveNothing() {
        String stale = rising("kitchen", "2011-12-09T00:00:00Z", "{\"sku\":\"22960\",\"momentum\":4.5}");
        assertThat(RedisTrendSignals.parse(JSON, "kitchen", stale, NOT_BEFORE)).isEmpty();
        String other = rising("bags", "2026-11-27T00:00:00Z", "{\"sku\":\"22960\",\"momentum\":4.5}");
        assertThat(RedisTrendSignals.parse(JSON, "kitchen", other, NOT_BEFORE)).isEmpty();
        String flat = rising("kitchen", "2026-11-27T00:00:00Z",
                "{\"sku\":\"22960\",\"momentum\":0},{\"sku\":\"\",\"momentum\":3}");
        assertThat(RedisTrendSignals.parse(JSON, "kitchen", flat, NOT_BEFORE)).isEmpty();
        for (String bad : new String[] {"not json", "{}", "[1,2]", rising("kitchen", "yesterday", "")}) {
            assertThat(RedisTrendSignals.parse(JSON, "kitchen", bad, NOT_BEFORE)).as(bad).isEmpty();
        }
    }
}
