package dev.priceflow.pricing.optimize.config;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code priceflow.pricing.optimizer.*}: the optimized base price (docs/pricing-engine.md). Elasticities are
 * negative numbers; the one used is clamped to {@code [min-elasticity, max-elasticity]}.
 */
@Validated
@ConfigurationProperties("priceflow.pricing.optimizer")
public record OptimizerProperties(
        boolean enabled,
        @DecimalMax("0") double defaultElasticity,
        Map<String, Double> categoryElasticity,
        @DecimalMax("0") double minElasticity,
        @DecimalMax("0") double maxElasticity,
        @DecimalMin("0") double defaultUnitsPerDay,
        @DecimalMin("0") @DecimalMax("200") double defaultCeilingPercent,
        @DecimalMin("1") double overstockDays,
        @DecimalMin("0.1") double scarcityDays,
        @DecimalMin("0") @DecimalMax("50") double stockMaxPercent,
        @NotNull @DurationMin(millis = 1) @DurationMax(seconds = 2) Duration cacheTimeout,
        @NotBlank String elasticityBaseUrl,
        @NotBlank String tokenUri,
        @NotBlank String clientId,
        String clientSecret,
        @NotNull @DurationMin(millis = 1) @DurationMax(seconds = 5) Duration elasticityTimeout,
        @NotNull @DurationMin(seconds = 1) Duration elasticityTtl) {

    public OptimizerProperties {
        categoryElasticity = categoryElasticity == null ? Map.of() : categoryElasticity;
    }

    @Override
    public String toString() {
        return "OptimizerProperties[enabled=" + enabled + ", defaultElasticity=" + defaultElasticity
                + ", clientSecret=<hidden>]";
    }
}
