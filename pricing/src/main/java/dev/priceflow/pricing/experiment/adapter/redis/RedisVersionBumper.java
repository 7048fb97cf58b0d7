package dev.priceflow.pricing.experiment.adapter.redis;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.pricing.experiment.application.PricingVersionBumper;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** INCR of the shared pricing version ({@link RedisKeys#PRICING_VERSION}) after an experiment change. */
@Component
class RedisVersionBumper implements PricingVersionBumper {

    private final ReactiveStringRedisTemplate redis;

    RedisVersionBumper(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Void> bump() {
        return redis.opsForValue().increment(RedisKeys.PRICING_VERSION).then();
    }
}
