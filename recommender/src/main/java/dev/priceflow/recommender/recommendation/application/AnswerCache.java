package dev.priceflow.recommender.recommendation.application;

import reactor.core.publisher.Mono;

/** Short-lived per-shopper cache of answers. Fail-open: errors read as a miss and writes are best effort. */
public interface AnswerCache {

    Mono<Recommendations> get(String userId, String field);

    Mono<Void> put(String userId, String field, Recommendations answer);
}
