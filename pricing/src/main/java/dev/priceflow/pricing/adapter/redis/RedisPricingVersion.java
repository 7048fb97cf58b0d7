package dev.priceflow.pricing.adapter.redis;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.pricing.application.PricingVersion;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reads {@code pricing:version}; a missing key is the initial version "0". Timeout and fallback: QuoteService. */
@Component
class RedisPricingVersion implements PricingVersion {

    private final ReactiveStringRedisTemplate redis;

    RedisPricingVersion(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Mono<String> current() {
        return redis.opsForValue().get(RedisKeys.PRICING_VERSION).defaultIfEmpty(INITIAL);
    }
}
