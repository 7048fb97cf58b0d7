package dev.priceflow.forecast.publishing.adapter.redis;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.forecast.publishing.PublishingProperties;
import dev.priceflow.forecast.publishing.application.ForecastStore;
import dev.priceflow.forecast.publishing.domain.PublishedForecast;
import java.math.BigDecimal;
import java.util.concurrent.TimeoutException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.util.retry.Retry;

/**
 * Replaces hash {@code forecast:{sku}} (fields modelId, generatedAt, horizon, weekStarts, p10, p50, p90; per-week
 * values comma-separated) and sets its TTL, within the configured timeout, tried twice on a timeout (else it
 * throws: the SKU fails).
 */
@Component
class RedisForecastStore implements ForecastStore {

    private final ReactiveStringRedisTemplate redis;
    private final PublishingProperties properties;

    RedisForecastStore(ReactiveStringRedisTemplate redis, PublishingProperties properties) {
        this.redis = redis;
        this.properties = properties;
    }

    @Override
    public void write(PublishedForecast f) {
        String key = RedisKeys.forecast(f.sku());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("modelId", f.modelId().toString());
        fields.put("generatedAt", f.generatedAt().toString());
        fields.put("horizon", Integer.toString(f.horizon()));
        fields.put("weekStarts", f.weekStarts().stream().map(Object::toString).collect(Collectors.joining(",")));
        fields.put("p10", joined(f.p10()));
        fields.put("p50", joined(f.p50()));
        fields.put("p90", joined(f.p90()));
        redis.delete(key)
                .then(redis.opsForHash().putAll(key, fields))
                .then(redis.expire(key, properties.ttl()))
                .timeout(properties.redisTimeout())
                // one more try after a timeout: the first write of a run also opens the connection, which can
                // take longer than the timeout on a busy machine; the write replaces the hash, so it is idempotent
                .retryWhen(Retry.max(1).filter(TimeoutException.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
                .block();
    }

    private static String joined(List<BigDecimal> values) {
        return values.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(","));
    }
}
