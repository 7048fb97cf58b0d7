package dev.priceflow.pricing.optimize.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RedisOptimizerInputsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Currency GBP = Currency.getInstance("GBP");

    @Test
    void theCompetitorIndexGivesTheLowestCompetitorPriceInOurCurrencyOnly() {
        String index = """
                {"type":"CompetitorPriceIndex","sku":"22086","category":"christmas","ourPrice":"2.95",
                 "currency":"GBP","lowestCompetitorPrice":"2.79","lowestCompetitor":"shop-2","index":"1.0573",
                 "observedAt":"2018-08-01T00:00:00Z","competitors":3}""";
        assertThat(RedisCompetitorPrices.lowest(JSON, index, GBP)).isEqualByComparingTo("2.79");
        assertThat(RedisCompetitorPrices.lowest(JSON, index.replace("\"GBP\"", "\"EUR\""), GBP)).isNull();
        assertThat(RedisCompetitorPrices.lowest(JSON, index.replace("\"2.79\"", "\"0\""), GBP)).isNull();
        assertThat(RedisCompetitorPrices.lowest(JSON, "not json", GBP)).isNull();
    }

    @Test
    void thePublishedForecastGivesTheFirstWeeksMedianPerDay() {
        assertThat(RedisDemandForecasts.firstWeekPerDay("21.000,19.875")).isEqualTo(3.0);
        assertThat(RedisDemandForecasts.firstWeekPerDay("x,1")).isNull();
        assertThat(RedisDemandForecasts.firstWeekPerDay("-7")).isNull();
    }
}
