package dev.priceflow.forecast.publishing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Forecast publication ({@code priceflow.forecast.publishing}): daily schedule on/off and its cron (UTC), the
 * TTL of the Redis hashes, the Redis and Kafka timeouts per SKU, after how many failures in a row a run stops,
 * and which SKUs are published (prefix; empty = all).
 */
@Validated
@ConfigurationProperties("priceflow.forecast.publishing")
public record PublishingProperties(
        boolean scheduled,
        @NotBlank String cron,
        @NotNull Duration ttl,
        @NotNull Duration redisTimeout,
        @NotNull Duration kafkaTimeout,
        @Min(1) @Max(10_000) int maxConsecutiveFailures,
        @NotNull String skuPrefix) {
}
