package dev.priceflow.forecast.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Durable training jobs ({@code priceflow.forecast.jobs}): {@code instance} names this service instance (jobs
 * it left active are interrupted when it starts again; default host:port), a running job's {@code heartbeat}
 * interval, and {@code staleAfter}: an active job without a heartbeat for that long is INTERRUPTED.
 */
@Validated
@ConfigurationProperties("priceflow.forecast.jobs")
public record TrainingJobProperties(@NotBlank String instance, @NotNull Duration heartbeat,
                                    @NotNull Duration staleAfter) {

    public TrainingJobProperties {
        if (heartbeat != null && staleAfter != null && staleAfter.compareTo(heartbeat.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("stale-after must be at least twice the heartbeat");
        }
    }
}
