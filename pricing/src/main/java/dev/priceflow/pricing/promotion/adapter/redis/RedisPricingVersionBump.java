package dev.priceflow.pricing.promotion.adapter.redis;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.pricing.promotion.application.PricingVersionBump;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** INCR {@code pricing:version}. Timeout, retries and failure policy: ChangeNotifier. */
@Component
class RedisPricingVersionBump implements PricingVersionBump {

    private final ReactiveStringRedisTemplate redis;

    RedisPricingVersionBump(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Long> bump() {
        return redis.opsForValue().increment(RedisKeys.PRICING_VERSION);
    }
}
