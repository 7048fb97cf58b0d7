package dev.priceflow.pricing.whatif.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code priceflow.pricing.simulation.*} (all optional): at most {@code max-skus} (200) SKUs per simulation;
 * demand-forecast what-if calls {@code concurrency} (4) SKUs at a time, {@code forecast-timeout} (2s) each, none
 * started after {@code forecast-budget} (15s); at most {@code max-forecast-prices} (4) distinct prices per SKU.
 * The base URL is the optimizer's {@code elasticity-base-url}.
 */
@Validated
@ConfigurationProperties("priceflow.pricing.simulation")
public record WhatIfProperties(
        @Min(1) @Max(200) Integer maxSkus,
        @Min(1) @Max(16) Integer concurrency,
        @NotNull @DurationMin(millis = 10) @DurationMax(seconds = 10) Duration forecastTimeout,
        @NotNull @DurationMin(millis = 0) @DurationMax(seconds = 60) Duration forecastBudget,
        @Min(1) @Max(16) Integer maxForecastPrices) {

    public WhatIfProperties {
        maxSkus = maxSkus == null ? 200 : maxSkus;
        concurrency = concurrency == null ? 4 : concurrency;
        forecastTimeout = forecastTimeout == null ? Duration.ofSeconds(2) : forecastTimeout;
        forecastBudget = forecastBudget == null ? Duration.ofSeconds(15) : forecastBudget;
        maxForecastPrices = maxForecastPrices == null ? 4 : maxForecastPrices;
    }
}
