package dev.priceflow.gateway.ratelimit;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.web.server.WebFilter;

/** Rate limits on, unless {@code priceflow.gateway.rate-limit.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
@ConditionalOnProperty(prefix = "priceflow.gateway.rate-limit", name = "enabled", havingValue = "true",
        matchIfMissing = true)
class RateLimitConfig {

    @Bean
    SyncedRateLimiter rateLimiter(ReactiveStringRedisTemplate redis, Clock clock, RateLimitProperties limits) {
        return new SyncedRateLimiter(new RedisWindowStore(redis, limits.redisTimeout()), clock);
    }

    @Bean
    RateLimitSync rateLimitSync(SyncedRateLimiter limiter, RateLimitProperties limits) {
        return new RateLimitSync(limiter, limits.syncInterval());
    }

    @Bean
    RequestLimits requestLimits(RateLimiter limiter, RateLimitProperties limits) {
        return new RequestLimits(limiter, limits);
    }

    @Bean
    WebFilter perAddressRateLimit(RateLimiter limiter, RateLimitProperties limits) {
        return RateLimitFilters.perAddress(limiter, limits);
    }

    @Bean
    WebFilter perUserRateLimit(RateLimiter limiter, RateLimitProperties limits) {
        return RateLimitFilters.perUser(limiter, limits);
    }
}
