package dev.priceflow.recommender.recommendation.application;

import java.time.Duration;

/** Retrieval sizes and the timeout each retrieval source gets before it is skipped (fail-open). */
public record RecommendSettings(int candidatesPerSource, int seeds, Duration sourceTimeout) {
}
