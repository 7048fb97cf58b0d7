package dev.priceflow.profile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * user-profile settings ({@code priceflow.profile.*}).
 *
 * @param currency          the shop currency profiles keep money in (ISO-4217)
 * @param hotWriteTimeout   how long the Redis write of a hot profile may take before it is given up
 * @param retry             back-off for transient database errors while consuming events (retried forever:
 *                          the partition waits for the database rather than losing or dead-lettering events)
 */
@Validated
@ConfigurationProperties("priceflow.profile")
public record ProfileProperties(
        @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
        @NotNull Duration hotWriteTimeout,
        @NotNull @Valid Retry retry) {

    /** Exponential back-off: {@code initialInterval}, times {@code multiplier} per try, capped at {@code maxInterval}. */
    public record Retry(@NotNull Duration initialInterval, @DecimalMin("1.0") double multiplier,
                        @NotNull Duration maxInterval) {
    }
}
