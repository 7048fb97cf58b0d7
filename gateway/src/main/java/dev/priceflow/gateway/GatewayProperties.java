package dev.priceflow.gateway;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Everything the gateway's own code needs to know about its dependencies ({@code priceflow.gateway.*}).
 * Routes to other services live in Spring Cloud Gateway's own configuration.
 */
@Validated
@ConfigurationProperties("priceflow.gateway")
public record GatewayProperties(@Valid @NotNull Pricing pricing, @Valid @NotNull PriceCache priceCache,
                                @Valid @NotNull Events events, @Valid @NotNull Breaker circuitBreaker) {

    /** The pricing service: where it is and how long the gateway waits for it. */
    public record Pricing(@NotNull URI baseUrl,
                          @NotNull @DurationMin(millis = 1) Duration connectTimeout,
                          @NotNull @DurationMin(millis = 1) Duration responseTimeout) {
    }

    /**
     * The per-shopper price cache in Redis and its in-process tier. {@code ttl}: the most a price is served from
     * the cache; {@code degradedWindow}: how long the last quote of a shopper may be shown, marked degraded,
     * while pricing cannot answer; {@code nearEntries}: how many prices this gateway keeps in memory (0: none,
     * every lookup asks Redis); {@code versionPoll}: how often it re-reads the pricing version besides the change
     * notices (a version not re-read for three intervals is not trusted); {@code refreshAhead}: a hit with less
     * than this left is answered and re-quoted in the background (0: never), at most {@code refreshConcurrency}
     * re-quotes at a time.
     */
    public record PriceCache(@NotNull @DurationMin(seconds = 1) Duration ttl,
                             @NotNull @DurationMin(millis = 1) Duration redisTimeout,
                             @NotNull @DurationMin(seconds = 1) Duration degradedWindow,
                             @Min(0) long nearEntries,
                             @NotNull @DurationMin(millis = 10) Duration versionPoll,
                             @NotNull Duration refreshAhead,
                             @Min(0) @Max(64) int refreshConcurrency) {
    }

    /** Behaviour events accepted by {@code POST /api/v1/events}. */
    public record Events(@Min(1) @Max(500) int maxBatchSize,
                         @NotNull @DurationMin(millis = 1) Duration ackTimeout) {
    }

    /** Resilience4j defaults for every circuit breaker (pricing calls and the routes). */
    public record Breaker(@Min(1) int slidingWindowSize, @Min(1) int minimumCalls,
                          @Min(1) @Max(100) int failureRatePercent,
                          @NotNull @DurationMin(millis = 1) Duration openFor,
                          @NotNull @DurationMin(millis = 1) Duration callTimeout) {
    }
}
