package dev.priceflow.recommender.training.application;

import java.util.Map;

/** Where item embeddings are served from (the {@code embedding} dense_vector of the products index). */
public interface EmbeddingStore {

    /** Adds the dense_vector mapping when the index lacks it; true when the field now exists with {@code dims}. */
    boolean ensureMapping(int dims);

    /** Writes vectors of known products; returns how many documents were updated. */
    int write(Map<String, float[]> vectors);
}
