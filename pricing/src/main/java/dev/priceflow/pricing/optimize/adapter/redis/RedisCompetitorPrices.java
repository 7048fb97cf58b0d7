package dev.priceflow.pricing.optimize.adapter.redis;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.pricing.optimize.application.OptimizerPorts;
import java.math.BigDecimal;
import java.util.Currency;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lowest competitor price from trend-analysis's competitor price index (String
 * {@code competitor-index:<sku>}, JSON with {@code lowestCompetitorPrice} and {@code currency}). Missing,
 * malformed, non-positive or in another currency: empty (the competitor rule does not bind). No staleness
 * filter: trend-analysis keeps the latest observation. Timeout and fail-open policy: BasePricing.
 */
@Component
class RedisCompetitorPrices implements OptimizerPorts.CompetitorPrices {

    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper json;

    RedisCompetitorPrices(ReactiveStringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    @Override
    public Mono<BigDecimal> lowest(String sku, Currency currency) {
        return redis.opsForValue().get(RedisKeys.competitorIndex(sku))
                .flatMap(text -> Mono.justOrEmpty(lowest(json, text, currency)));
    }

    static BigDecimal lowest(JsonMapper json, String text, Currency currency) {
        try {
            JsonNode node = json.readTree(text);
            if (!currency.getCurrencyCode().equals(node.path("currency").asString(""))) {
                return null;
            }
            BigDecimal price = new BigDecimal(node.path("lowestCompetitorPrice").asString(""));
            return price.signum() > 0 ? price : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
