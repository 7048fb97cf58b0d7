package dev.priceflow.recommender.recommendation.application;

import java.time.Duration;
import java.util.List;

/**
 * Retrieval sizes, the timeout each retrieval source gets before it is skipped (fail-open) and the categories
 * whose trends are read when neither a filter, the context nor the shopper's history names any (home, cold).
 */
public record RecommendSettings(int candidatesPerSource, int seeds, Duration sourceTimeout,
                                List<String> trendCategories) {

    public RecommendSettings {
        trendCategories = List.copyOf(trendCategories);
    }
}
