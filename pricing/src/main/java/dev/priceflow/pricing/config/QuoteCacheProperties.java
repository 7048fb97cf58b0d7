package dev.priceflow.pricing.config;

import dev.priceflow.pricing.application.CacheSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code priceflow.pricing.cache.*} (all optional; docs/pricing-perf.md): the in-process caches of quotes.
 * {@code reference-max-age} (default 60s = the gateway's price-cache ttl, at most 60s): how long catalogue rows,
 * promotions, policies, SKU limits, offers and the previous day's base may serve at an unchanged pricing version.
 * {@code signals-ttl} (default 10s, at most 60s): how long forecasts and competitor prices may serve.
 * {@code max-entries} (default 10000 per cache; 0 turns the caches off).
 */
@Validated
@ConfigurationProperties("priceflow.pricing.cache")
public record QuoteCacheProperties(
        @NotNull @DurationMin(millis = 0) @DurationMax(seconds = 60) Duration referenceMaxAge,
        @NotNull @DurationMin(millis = 0) @DurationMax(seconds = 60) Duration signalsTtl,
        @Min(0) @Max(1_000_000) Integer maxEntries) {

    public QuoteCacheProperties {
        referenceMaxAge = referenceMaxAge == null ? Duration.ofSeconds(60) : referenceMaxAge;
        signalsTtl = signalsTtl == null ? Duration.ofSeconds(10) : signalsTtl;
        maxEntries = maxEntries == null ? 10_000 : maxEntries;
    }

    public CacheSettings settings() {
        return new CacheSettings(referenceMaxAge, signalsTtl, maxEntries);
    }
}
