package dev.priceflow.forecast.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Service training settings ({@code priceflow.forecast.training}): LSTM epochs cap and hidden size, the
 * ensemble size (models with seeds seed..seed+ensemble-1, quantiles averaged), window and horizon in weeks,
 * where SavedModels go, and which SKUs train (prefix; empty = all).
 */
@Validated
@ConfigurationProperties("priceflow.forecast.training")
public record TrainingProperties(
        @Min(1) @Max(500) int epochs,
        @Min(1) @Max(256) int hidden,
        @Min(1) @Max(5) int ensemble,
        long seed,
        @Min(2) @Max(104) int window,
        @Min(1) @Max(52) int horizon,
        @NotBlank String modelsDir,
        @NotNull String skuPrefix) {
}
