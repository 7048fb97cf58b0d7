package dev.priceflow.gateway.price.adapter.redis;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.gateway.GatewayProperties;
import dev.priceflow.gateway.price.application.PriceCache;
import java.time.Duration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The price cache in Redis. Every command is cut off after {@code priceflow.gateway.price-cache.redis-timeout}
 * (a cache that answers slower than pricing is worse than none); errors are passed up for the caller's
 * fail-open policy.
 */
@Component
class RedisPriceCache implements PriceCache {

    /** What the pricing version is when pricing never bumped it (shared decision, see RedisKeys). */
    static final String INITIAL_VERSION = "0";

    private final ReactiveStringRedisTemplate redis;
    private final Duration timeout;

    RedisPriceCache(ReactiveStringRedisTemplate redis, GatewayProperties properties) {
        this.redis = redis;
        this.timeout = properties.priceCache().redisTimeout();
    }

    @Override
    public Mono<String> pricingVersion() {
        return redis.opsForValue().get(RedisKeys.PRICING_VERSION).defaultIfEmpty(INITIAL_VERSION).timeout(timeout);
    }

    @Override
    public Mono<String> get(String key) {
        return redis.opsForValue().get(key).timeout(timeout);
    }

    @Override
    public Mono<Void> put(String key, String body, Duration ttl) {
        return redis.opsForValue().set(key, body, ttl).timeout(timeout).then();
    }
}
