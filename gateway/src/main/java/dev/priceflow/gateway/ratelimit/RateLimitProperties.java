package dev.priceflow.gateway.ratelimit;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Request rate limits of the gateway ({@code priceflow.gateway.rate-limit.*}): requests per second per client
 * address (counted before authentication, so floods of bad tokens are limited too) and per signed-in user.
 * Each gateway counts in memory (no round trip per request) and every {@code sync-interval} adds its counts to
 * shared counters in Redis and learns the other instances' counts ({@link SyncedRateLimiter}); when Redis does
 * not answer within {@code redis-timeout}, each instance goes on enforcing the limits on its own counts.
 */
@Validated
@ConfigurationProperties("priceflow.gateway.rate-limit")
public record RateLimitProperties(
        boolean enabled,
        @Min(1) int perUserPerSecond,
        @Min(1) int perAddressPerSecond,
        @NotNull Duration redisTimeout,
        @NotNull Duration syncInterval) {
}
