package dev.priceflow.pricing.adapter.redis;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.pricing.application.ShopperProfiles;
import dev.priceflow.pricing.domain.ShopperFeatures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads the hot profile hash {@code profile:<userId>} (HGETALL) that user-profile writes: counts as integers,
 * {@code monetary} a decimal in {@code currency}, {@code lastEventAt} ISO-8601. A missing or empty hash is no
 * profile; a malformed one is an error. Timeout and fail-open policy: QuoteService.
 */
@Component
class RedisShopperProfiles implements ShopperProfiles {

    private final ReactiveStringRedisTemplate redis;

    RedisShopperProfiles(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Mono<ShopperFeatures> find(String userId) {
        return redis.<String, String>opsForHash().entries(RedisKeys.profile(userId))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .filter(fields -> !fields.isEmpty())
                .map(RedisShopperProfiles::features);
    }

    @Override
    public Mono<Integer> segment(String userId) {
        return redis.<String, String>opsForHash().get(RedisKeys.profile(userId), "segmentId").map(Integer::valueOf);
    }

    static ShopperFeatures features(Map<String, String> f) {
        String lastEventAt = f.get("lastEventAt");
        return new ShopperFeatures(count(f, "purchases"), new BigDecimal(f.getOrDefault("monetary", "0")),
                f.getOrDefault("currency", ""), count(f, "views"), count(f, "cartAdds"),
                lastEventAt == null ? null : Instant.parse(lastEventAt), sensitivity(f.get("priceSensitivity")));
    }

    /** user-profile's 0..1 estimate; absent (older profiles) or out of range: not used. */
    private static BigDecimal sensitivity(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        BigDecimal score = new BigDecimal(value);
        return score.signum() < 0 || score.compareTo(BigDecimal.ONE) > 0 ? null : score;
    }

    private static long count(Map<String, String> fields, String name) {
        return Long.parseLong(fields.getOrDefault(name, "0"));
    }
}
