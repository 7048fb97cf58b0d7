package dev.priceflow.gateway.price.adapter.redis;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.priceflow.gateway.GatewayProperties;
import dev.priceflow.gateway.price.adapter.local.NearPriceCache;
import dev.priceflow.gateway.price.application.PriceCache;
import dev.priceflow.gateway.price.application.VersionWatch;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** The price cache: Redis, with the in-process tier in front unless {@code near-entries} is 0. */
@Configuration(proxyBeanMethods = false)
class PriceCacheConfig {

    /** Re-read at least this many times within the time a known version stays trusted. */
    private static final int POLLS_PER_TRUST = 3;

    @Bean
    VersionWatch pricingVersionWatch(Clock clock, GatewayProperties properties) {
        return new VersionWatch(clock, properties.priceCache().versionPoll().multipliedBy(POLLS_PER_TRUST));
    }

    @Bean
    RedisVersionWatcher pricingVersionWatcher(ReactiveRedisConnectionFactory connections,
                                              ReactiveStringRedisTemplate redis, VersionWatch watch,
                                              GatewayProperties properties) {
        GatewayProperties.PriceCache cache = properties.priceCache();
        return new RedisVersionWatcher(connections, redis, watch, cache.versionPoll(), cache.redisTimeout());
    }

    @Bean
    PriceCache priceCache(ReactiveStringRedisTemplate redis, VersionWatch watch, GatewayProperties properties) {
        RedisPriceCache shared = new RedisPriceCache(redis, properties);
        long near = properties.priceCache().nearEntries();
        return near > 0 ? new NearPriceCache(shared, watch, near, Ticker.systemTicker()) : shared;
    }
}
