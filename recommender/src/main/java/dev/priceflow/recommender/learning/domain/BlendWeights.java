package dev.priceflow.recommender.learning.domain;

/** Weights of the blended ranker's sources; each source's scores are scaled to [0, 1] per user first. */
public record BlendWeights(double embedding, double coOccurrence, double popularity) {

    public BlendWeights {
        if (embedding < 0 || coOccurrence < 0 || popularity < 0 || embedding + coOccurrence + popularity == 0) {
            throw new IllegalArgumentException("weights must be >= 0 and not all zero");
        }
    }
}
