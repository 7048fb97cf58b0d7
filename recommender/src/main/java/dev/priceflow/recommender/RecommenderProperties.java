package dev.priceflow.recommender;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code priceflow.recommender.*}: every knob of retrieval, reranking, caching, pricing and retraining. */
@Validated
@ConfigurationProperties("priceflow.recommender")
public record RecommenderProperties(
        @Min(1) @Max(100) int defaultLimit,
        @Min(1) @Max(100) int maxLimit,
        @Min(5) @Max(500) int candidatesPerSource,
        @Min(1) @Max(50) int seeds,
        @Min(1) @Max(200) int recentItems,
        @NotNull Duration sourceTimeout,
        @NotNull Duration cacheTtl,
        @NotNull Duration redisTimeout,
        @NotNull Duration seenTtl,
        @DecimalMin("0.0") @DecimalMax("0.5") double explorationShare,
        @DecimalMin("0.05") @DecimalMax("1.0") double maxCategoryShare,
        @DecimalMin("0.0") @DecimalMax("1.0") double priceBandWeight,
        @NotNull @Valid Weights weights,
        @NotNull @Valid Pricing pricing,
        @NotNull @Valid Elasticsearch elasticsearch,
        @NotNull @Valid Training training,
        @NotNull @Valid Trending trending,
        @NotNull @Valid LocalCache localCache) {

    /**
     * The in-process first cache level ({@code ttl}; degraded answers {@code degradedTtl}, in process only; at
     * most {@code maxEntries} answers) and the poll of pricing's
     * version ({@code versionPoll}; a version not read for {@code versionMaxAge} turns the answer cache off).
     */
    public record LocalCache(@NotNull Duration ttl, @NotNull Duration degradedTtl, @Min(1) @Max(1_000_000) int maxEntries,
                             @NotNull Duration versionPoll, @NotNull Duration versionMaxAge) {
    }

    /** Blend weights per candidate source. */
    public record Weights(@DecimalMin("0.0") double embedding, @DecimalMin("0.0") double coPurchase,
                          @DecimalMin("0.0") double coView, @DecimalMin("0.0") double content,
                          @DecimalMin("0.0") double popular, @DecimalMin("0.0") double trending) {
    }

    /**
     * The trending source (trend-analysis' rising products in Redis): which window ({@code hour}/{@code day}),
     * how old its end may be, the Redis read timeout (fail-open) and the categories read for a home page when
     * neither the shopper's history nor a filter names any (the demo catalogue's categories).
     */
    public record Trending(@NotNull @Pattern(regexp = "hour|day") String window, @NotNull Duration maxAge,
                           @NotNull Duration timeout,
                           @NotNull List<@Pattern(regexp = "[a-z0-9-]{1,64}") String> homeCategories) {
    }

    /** Pricing's batch quote endpoint: one call per answer, bounded by {@code timeout}. */
    public record Pricing(@NotNull URI baseUrl, @NotNull Duration timeout, @NotNull String channel) {
    }

    public record Elasticsearch(@NotNull URI url, @NotNull Duration timeout, @NotNull Duration bulkTimeout) {
    }

    /** Embedding retraining from the interactions held in Redis: at startup (after a delay) and periodically. */
    public record Training(boolean enabled, @NotNull Duration initialDelay, @NotNull Duration interval,
                           @Min(4) @Max(256) int factors, @Min(1) @Max(50) int iterations,
                           @DecimalMin("0.001") double regularization, @DecimalMin("0.0") double alpha,
                           long seed) {
    }
}
