package dev.priceflow.recommender.evaluation.domain;

import dev.priceflow.recommender.learning.domain.AlsParams;
import dev.priceflow.recommender.learning.domain.BlendWeights;

/** What one evaluation run trains: ALS and blend settings, neighbourhood sizes and the cut-off {@code k}. */
public record EvalConfig(int k, AlsParams als, BlendWeights blend, int knnNeighbours, int coOccurrenceNeighbours) {

    public EvalConfig {
        if (k < 1 || k > 1000) {
            throw new IllegalArgumentException("k must be in 1..1000, got " + k);
        }
    }

    public EvalConfig withAls(AlsParams p) {
        return new EvalConfig(k, p, blend, knnNeighbours, coOccurrenceNeighbours);
    }

    public EvalConfig withBlend(BlendWeights b) {
        return new EvalConfig(k, als, b, knnNeighbours, coOccurrenceNeighbours);
    }
}
