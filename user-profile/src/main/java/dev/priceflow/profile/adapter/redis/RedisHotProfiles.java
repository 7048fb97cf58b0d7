package dev.priceflow.profile.adapter.redis;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.profile.ProfileProperties;
import dev.priceflow.profile.application.HotProfiles;
import dev.priceflow.profile.domain.ProfileTotals;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the hot profile hash {@code profile:<userId>} read by pricing and recommender. Values are
 * strings: counts as integers, {@code monetary} as a decimal string in {@code currency}, {@code lastEventAt}
 * as an ISO-8601 instant. The whole hash is rewritten from durable totals, so a later write heals any
 * earlier lost one. Blocks the caller (a Kafka listener thread) for at most the configured timeout.
 */
@Component
class RedisHotProfiles implements HotProfiles {

    private final ReactiveStringRedisTemplate redis;
    private final Duration timeout;

    RedisHotProfiles(ReactiveStringRedisTemplate redis, ProfileProperties properties) {
        this.redis = redis;
        this.timeout = properties.hotWriteTimeout();
    }

    @Override
    public void publish(ProfileTotals totals) {
        redis.opsForHash().putAll(RedisKeys.profile(totals.userId()), fields(totals)).timeout(timeout).block();
    }

    static Map<String, String> fields(ProfileTotals t) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("views", Long.toString(t.views()));
        fields.put("cartAdds", Long.toString(t.cartAdds()));
        fields.put("purchases", Long.toString(t.purchases()));
        fields.put("searches", Long.toString(t.searches()));
        fields.put("unitsBought", Long.toString(t.unitsBought()));
        fields.put("monetary", t.monetary().toPlainString());
        fields.put("currency", t.currency());
        if (t.lastEventAt() != null) {
            fields.put("lastEventAt", t.lastEventAt().toString());
        }
        return fields;
    }
}
