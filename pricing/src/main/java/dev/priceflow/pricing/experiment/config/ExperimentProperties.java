package dev.priceflow.pricing.experiment.config;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code priceflow.pricing.experiments.*} (all optional): how often quotes re-read the running experiments
 * ({@code refresh}, default 2s), how long the quote step may wait for them and for the exposure write
 * ({@code timeout}, default 300ms; then the standard price applies), the shop currency of results (GBP), and
 * whether purchases are consumed ({@code consume}, read by the listener).
 */
@Validated
@ConfigurationProperties("priceflow.pricing.experiments")
public record ExperimentProperties(
        @NotNull @DurationMin(millis = 100) @DurationMax(seconds = 60) Duration refresh,
        @NotNull @DurationMin(millis = 10) @DurationMax(seconds = 2) Duration timeout,
        @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {

    public ExperimentProperties {
        refresh = refresh == null ? Duration.ofSeconds(2) : refresh;
        timeout = timeout == null ? Duration.ofMillis(300) : timeout;
        currency = currency == null ? "GBP" : currency;
    }
}
