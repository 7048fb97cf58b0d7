package dev.priceflow.forecast.history;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Sales history settings ({@code priceflow.forecast.history}): the shop currency of revenue, whether the
 * event consumer runs, the largest import accepted over HTTP, how many bad lines an import reports, and the
 * consumer's retry back-off for errors that may heal.
 */
@Validated
@ConfigurationProperties("priceflow.forecast.history")
public record HistoryProperties(
        @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
        boolean consume,
        @NotNull DataSize maxImportSize,
        @Min(1) @Max(10_000) int maxReportedErrors,
        @NotNull @Valid Retry retry) {

    /** Exponential back-off: {@code initialInterval}, times {@code multiplier} per try, capped at {@code maxInterval}. */
    public record Retry(@NotNull Duration initialInterval, @DecimalMin("1.0") double multiplier,
                        @NotNull Duration maxInterval) {
    }
}
