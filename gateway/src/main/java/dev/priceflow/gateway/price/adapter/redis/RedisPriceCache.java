package dev.priceflow.gateway.price.adapter.redis;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.gateway.GatewayProperties;
import dev.priceflow.gateway.price.application.PriceCache;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * The price cache in Redis. Every command is cut off after {@code priceflow.gateway.price-cache.redis-timeout}
 * (a cache that answers slower than pricing is worse than none); errors are passed up for the caller's
 * fail-open policy.
 */
class RedisPriceCache implements PriceCache {

    /** What the pricing version is when pricing never bumped it (shared decision, see RedisKeys). */
    static final String INITIAL_VERSION = "0";

    /**
     * The version, the entry under {@code ARGV[1] .. version} and its remaining lifetime in one round trip (and
     * one consistent view: no version bump can fall between the reads). The entry's key is built inside the script, which a single
     * Redis (what Priceflow runs) allows; a Redis Cluster would need both keys in one hash slot.
     */
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> CURRENT = RedisScript.of("""
            local version = redis.call('GET', KEYS[1]) or ARGV[2]
            local body = redis.call('GET', ARGV[1] .. version)
            if body then return {version, body, redis.call('PTTL', ARGV[1] .. version)} end
            return {version}""", List.class);

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
    public Mono<Current> current(UnaryOperator<String> keyFor) {
        String prefix = keyFor.apply("");
        if (!keyFor.apply(INITIAL_VERSION).equals(prefix + INITIAL_VERSION)) {
            return PriceCache.super.current(keyFor); // a key that does not end with the version: ask twice
        }
        return redis.execute(CURRENT, List.of(RedisKeys.PRICING_VERSION), List.of(prefix, INITIAL_VERSION)).next()
                .map(RedisPriceCache::current)
                .timeout(timeout);
    }

    private static Current current(List<?> reply) {
        String version = String.valueOf(reply.get(0));
        if (reply.size() < 2) {
            return new Current(version, null, -1);
        }
        long ttl = reply.size() > 2 && reply.get(2) instanceof Number millis ? millis.longValue() : -1;
        return new Current(version, String.valueOf(reply.get(1)), ttl);
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
