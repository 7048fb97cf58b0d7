package dev.priceflow.pricing.config;

import dev.priceflow.pricing.application.QuoteWarmUp;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code priceflow.pricing.warm-up.*} (all optional; docs/pricing-perf.md): rehearsal quotes priced before the
 * HTTP port opens. {@code quotes} (default 300; 0 = off) over up to {@code skus} catalogue SKUs (default 50),
 * {@code concurrency} at a time (default 4), on {@code channel} (default web), for at most {@code timeout}
 * (default 20s, at most 120s: start-up never waits longer for a missing dependency).
 */
@Validated
@ConfigurationProperties("priceflow.pricing.warm-up")
public record WarmUpProperties(
        @Min(0) @Max(100_000) Integer quotes,
        @Min(1) @Max(10_000) Integer skus,
        @Min(1) @Max(64) Integer concurrency,
        @Pattern(regexp = "[a-z][a-z0-9-]{0,31}") String channel,
        @NotNull @DurationMin(millis = 1) @DurationMax(seconds = 120) Duration timeout) {

    public WarmUpProperties {
        quotes = quotes == null ? 300 : quotes;
        skus = skus == null ? 50 : skus;
        concurrency = concurrency == null ? 4 : concurrency;
        channel = channel == null ? "web" : channel;
        timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
    }

    QuoteWarmUp.Settings settings() {
        return new QuoteWarmUp.Settings(quotes, skus, concurrency, channel, timeout);
    }
}
