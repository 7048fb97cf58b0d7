package dev.priceflow.trends.config;

import dev.priceflow.trends.domain.TrendSettings;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * trend-analysis configuration ({@code priceflow.trends.*}).
 *
 * @param applicationId       Kafka Streams application id (consumer group, internal topic prefix)
 * @param stateDir            Kafka Streams state directory; blank = {@code <java.io.tmpdir>/<applicationId>}
 * @param autoOffsetReset     where a new application id starts reading: earliest (replays history) or latest
 * @param processingGuarantee exactly_once_v2 (default; the single broker has a transaction log with RF 1) or
 *                            at_least_once
 * @param streamsEnabled      false runs the web API and Redis sink without the topology (CLI runs, tests)
 * @param catalogueRefresh    how often the in-memory catalogue (categories, list prices) is re-read
 * @param redisSinkGroup      consumer group of the trends.signals → Redis writer
 */
@Validated
@ConfigurationProperties("priceflow.trends")
public record TrendProperties(
        @DefaultValue("priceflow-trend-analysis") @NotBlank String applicationId,
        @DefaultValue("") String stateDir,
        @DefaultValue("earliest") @Pattern(regexp = "earliest|latest") String autoOffsetReset,
        @DefaultValue("exactly_once_v2") @Pattern(regexp = "exactly_once_v2|at_least_once") String processingGuarantee,
        @DefaultValue("1s") @NotNull Duration commitInterval,
        @DefaultValue("true") boolean streamsEnabled,
        @DefaultValue("60s") @NotNull Duration catalogueRefresh,
        @DefaultValue("priceflow-trend-analysis-redis") @NotBlank String redisSinkGroup,
        @DefaultValue("10m") @NotNull Duration hourGrace,
        @DefaultValue("2h") @NotNull Duration dayGrace,
        @DefaultValue("3.0") @DecimalMin("0.5") double spikeZ,
        @DefaultValue("-3.0") @DecimalMax("-0.5") double dropZ,
        @DefaultValue("25") @DecimalMin("0") double minSpikeScore) {

    public TrendSettings settings() {
        TrendSettings d = TrendSettings.defaults();
        return new TrendSettings(hourGrace, dayGrace, d.hourBaselineWindows(), d.dayBaselineWindows(),
                d.viewWeight(), d.cartWeight(), d.purchaseWeight(), spikeZ, dropZ, d.minStdDev(), minSpikeScore,
                d.minDropBaseline(), d.topRising(), d.competitorFreshness(), d.dedupHorizon());
    }

    public Path resolvedStateDir() {
        return stateDir.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"), applicationId) : Path.of(stateDir);
    }
}
