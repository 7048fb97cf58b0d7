package dev.priceflow.recommender.recommendation.domain;

/**
 * A retrieved item: its source, the source's raw score (scaled per source before blending) and, for
 * item-to-item sources, the seed SKU that led to it ({@code null} otherwise).
 */
public record Candidate(String sku, Source source, double score, String becauseOf) {
}
