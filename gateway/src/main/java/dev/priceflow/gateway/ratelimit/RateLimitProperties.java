package dev.priceflow.gateway.ratelimit;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Request rate limits of the gateway ({@code priceflow.gateway.rate-limit.*}): requests per second per client
 * address (counted before authentication, so floods of bad tokens are limited too) and per signed-in user.
 * The counters live in Redis (shared by every gateway instance); when Redis does not answer within
 * {@code redis-timeout} the limiter fails open and lets the request through.
 */
@Validated
@ConfigurationProperties("priceflow.gateway.rate-limit")
public record RateLimitProperties(
        boolean enabled,
        @Min(1) int perUserPerSecond,
        @Min(1) int perAddressPerSecond,
        @NotNull Duration redisTimeout) {
}
