package dev.priceflow.pricing.optimize.adapter.redis;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.pricing.optimize.application.OptimizerPorts;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The published forecast (hash {@code forecast:<sku>}, field {@code p50}: weekly units, comma-separated):
 * the first week's P50 divided by 7 is the expected units a day. Missing or malformed: empty (the caller's
 * default applies). Timeout and fail-open policy: BasePricing.
 */
@Component
class RedisDemandForecasts implements OptimizerPorts.DemandForecasts {

    private final ReactiveStringRedisTemplate redis;

    RedisDemandForecasts(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Double> unitsPerDay(String sku) {
        return redis.<String, String>opsForHash().get(RedisKeys.forecast(sku), "p50")
                .flatMap(p50 -> Mono.justOrEmpty(firstWeekPerDay(p50)));
    }

    static Double firstWeekPerDay(String p50) {
        try {
            double week = Double.parseDouble(p50.split(",")[0].trim());
            return Double.isFinite(week) && week >= 0 ? week / 7 : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
