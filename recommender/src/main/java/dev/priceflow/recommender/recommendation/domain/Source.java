package dev.priceflow.recommender.recommendation.domain;

/** Where a candidate came from; each source has a weight in the blend and its own reason text. */
public enum Source {
    EMBEDDING, CO_PURCHASE, CO_VIEW, CONTENT, POPULAR,
    /** Rising in a category (trend-analysis); {@link Candidate#becauseOf()} is the category. */
    TRENDING
}
