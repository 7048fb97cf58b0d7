package dev.priceflow.forecast.training;

import dev.priceflow.forecast.model.domain.Granularity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.validation.annotation.Validated;

/**
 * Service training settings ({@code priceflow.forecast.training}): LSTM epochs cap and hidden size, the
 * ensemble size (models with seeds seed..seed+ensemble-1, quantiles averaged), the granularity (DAILY or
 * WEEKLY, default WEEKLY), window and horizon in periods of it (unset: the granularity's defaults, daily 56/28,
 * weekly 16/8; the horizon is checked against the granularity's maximum, daily 366, weekly 104), where
 * SavedModels go, and which SKUs train (prefix; empty = all).
 */
@Validated
@ConfigurationProperties("priceflow.forecast.training")
public record TrainingProperties(
        @Min(1) @Max(500) int epochs,
        @Min(1) @Max(256) int hidden,
        @Min(1) @Max(5) int ensemble,
        long seed,
        @Min(2) @Max(1464) Integer window,
        @Min(1) @Max(366) Integer horizon,
        @NotBlank String modelsDir,
        @NotNull String skuPrefix,
        Granularity granularity) {

    @ConstructorBinding
    public TrainingProperties {
        granularity = granularity == null ? Granularity.WEEKLY : granularity;
        granularity.spec(window, horizon);   // fails the start-up on a horizon too long for the granularity
    }

    /** Weekly settings. */
    public TrainingProperties(int epochs, int hidden, int ensemble, long seed, int window, int horizon,
                              String modelsDir, String skuPrefix) {
        this(epochs, hidden, ensemble, seed, window, horizon, modelsDir, skuPrefix, Granularity.WEEKLY);
    }
}
