package dev.priceflow.profile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * user-profile settings ({@code priceflow.profile.*}).
 *
 * @param currency          the shop currency profiles keep money in (ISO-4217)
 * @param hotWriteTimeout   how long the Redis write of a hot profile may take before it is given up
 * @param erasureTimeout    how long an erasure waits for Kafka to acknowledge the tombstone
 * @param retry             back-off for transient database errors while consuming events (retried forever:
 *                          the partition waits for the database rather than losing or dead-lettering events)
 * @param categoryHalfLife  category affinity half-life: an interaction counts half after this long
 * @param recentViews       how many recently viewed SKUs a profile keeps
 * @param topCategories     how many category shares answers and the hot profile carry
 * @param sensitivity       the price-sensitivity estimator's constants
 * @param rfm               RFM score thresholds (four per dimension)
 * @param catalogue         where category and list price come from
 * @param segments          k-means segmentation
 */
@Validated
@ConfigurationProperties("priceflow.profile")
public record ProfileProperties(
        @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
        @NotNull Duration hotWriteTimeout,
        @NotNull Duration erasureTimeout,
        @NotNull @Valid Retry retry,
        @NotNull Duration categoryHalfLife,
        @Min(1) int recentViews,
        @Min(1) int topCategories,
        @NotNull @Valid Sensitivity sensitivity,
        @NotNull @Valid Rfm rfm,
        @NotNull @Valid CatalogueSettings catalogue,
        @NotNull @Valid Segments segments) {

    /** Exponential back-off: {@code initialInterval}, times {@code multiplier} per try, capped at {@code maxInterval}. */
    public record Retry(@NotNull Duration initialInterval, @DecimalMin("1.0") double multiplier,
                        @NotNull Duration maxInterval) {
    }

    /** Discount depth that counts as fully price-sensitive, and the prior's weight in pseudo-observations. */
    public record Sensitivity(@DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0") double fullDepth,
                              @DecimalMin("0.0") double priorWeight) {
    }

    /** Recency day bounds for scores 5..2, purchase counts and money spent for scores 2..5. */
    public record Rfm(@NotNull @Size(min = 4, max = 4) List<Long> recencyDays,
                      @NotNull @Size(min = 4, max = 4) List<Long> frequency,
                      @NotNull @Size(min = 4, max = 4) List<BigDecimal> monetary) {
    }

    /** The catalogue index in Elasticsearch. */
    public record CatalogueSettings(@NotBlank String url, @NotBlank String index, @NotNull Duration timeout,
                                    @NotNull Duration cacheTtl) {
    }

    /**
     * k-means: {@code k} segments, seed, restarts and iteration cap; unless {@code scheduled} is false, checked
     * every {@code checkInterval} (first {@code initialDelay} after start) and retrained when there is no model or
     * it is {@code retrainInterval} old; instances reload the current model after {@code modelCacheTtl}.
     */
    public record Segments(@Min(1) int k, long seed, @Min(1) int runs, @Min(1) int maxIterations,
                           boolean scheduled, @NotNull Duration retrainInterval, @NotNull Duration checkInterval,
                           @NotNull Duration initialDelay, @NotNull Duration modelCacheTtl) {
    }
}
