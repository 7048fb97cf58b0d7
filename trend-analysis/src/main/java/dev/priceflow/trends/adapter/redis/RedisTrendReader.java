package dev.priceflow.trends.adapter.redis;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.trends.adapter.streams.TrendSignal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Reads one category's trend view back from Redis; errors and timeouts surface to the caller (503). */
public class RedisTrendReader {

    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper json;
    private final Duration timeout;

    public RedisTrendReader(ReactiveStringRedisTemplate redis, JsonMapper json, Duration timeout) {
        this.redis = redis;
        this.json = json;
        this.timeout = timeout;
    }

    public Mono<TrendView> read(String category, String window) {
        Mono<Map<String, String>> trend = redis.<String, String>opsForHash()
                .entries(RedisKeys.trend(category, window)).collectMap(Map.Entry::getKey, Map.Entry::getValue);
        Mono<List<TrendSignal.CompetitorPriceIndex>> prices = redis.<String, String>opsForHash()
                .values(RedisKeys.categoryPriceIndex(category))
                .map(v -> (TrendSignal.CompetitorPriceIndex) json.readValue(v, TrendSignal.class))
                .sort(Comparator.comparing(TrendSignal.CompetitorPriceIndex::sku))
                .collectList();
        return Mono.zip(trend, prices).timeout(timeout).map(t -> {
            Map<String, String> fields = t.getT1();
            TrendSignal.CategoryMomentum momentum = fields.containsKey(RedisTrends.MOMENTUM)
                    ? (TrendSignal.CategoryMomentum) json.readValue(fields.get(RedisTrends.MOMENTUM), TrendSignal.class)
                    : null;
            TrendSignal.RisingProducts rising = fields.containsKey(RedisTrends.RISING)
                    ? (TrendSignal.RisingProducts) json.readValue(fields.get(RedisTrends.RISING), TrendSignal.class)
                    : null;
            return new TrendView(category, window, momentum, rising, priceIndex(t.getT2()));
        });
    }

    private static TrendView.PriceIndexSummary priceIndex(List<TrendSignal.CompetitorPriceIndex> products) {
        if (products.isEmpty()) {
            return new TrendView.PriceIndexSummary(null, products);
        }
        BigDecimal sum = products.stream().map(TrendSignal.CompetitorPriceIndex::index)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new TrendView.PriceIndexSummary(
                sum.divide(BigDecimal.valueOf(products.size()), 4, RoundingMode.HALF_EVEN), products);
    }
}
