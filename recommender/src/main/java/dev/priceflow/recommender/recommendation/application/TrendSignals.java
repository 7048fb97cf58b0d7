package dev.priceflow.recommender.recommendation.application;

import dev.priceflow.recommender.recommendation.domain.Candidate;
import java.util.List;
import reactor.core.publisher.Mono;

/** What trend-analysis publishes: the products rising in a category (docs/trend-analysis.md). */
public interface TrendSignals {

    /**
     * The products rising in the given categories' latest fresh window, scored by momentum, best first, at most
     * {@code n}; each candidate's {@code becauseOf} is its category. Empty when nothing is known (fail-open).
     */
    Mono<List<Candidate>> rising(List<String> categories, int n);
}
