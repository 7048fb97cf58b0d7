package dev.priceflow.recommender.training.application;

import dev.priceflow.recommender.learning.domain.AlsParams;
import dev.priceflow.recommender.learning.domain.FactorModel;
import dev.priceflow.recommender.learning.domain.ImplicitAls;
import dev.priceflow.recommender.learning.domain.Interaction;
import dev.priceflow.recommender.learning.domain.InteractionData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retrains item embeddings (implicit ALS, seeded) from every interaction held and writes the unit-length item
 * vectors to the catalogue. Items with a zero vector are skipped (cosine kNN rejects them).
 */
public final class RetrainEmbeddings {

    private static final Logger LOG = LoggerFactory.getLogger(RetrainEmbeddings.class);

    /** What one run did. */
    public record Result(int users, int items, int interactions, int written, long millis) {
    }

    private final TrainingSource source;
    private final EmbeddingStore store;
    private final AlsParams params;

    public RetrainEmbeddings(TrainingSource source, EmbeddingStore store, AlsParams params) {
        this.source = source;
        this.store = store;
        this.params = params;
    }

    /** Puts the embedding mapping into the index if it is missing (called at startup). */
    public boolean prepare() {
        return store.ensureMapping(params.factors());
    }

    public Result run() {
        long start = System.currentTimeMillis();
        if (!store.ensureMapping(params.factors())) {
            throw new IllegalStateException("products index has no usable embedding field of " + params.factors()
                    + " dims");
        }
        List<Interaction> all = source.interactions();
        if (all.isEmpty()) {
            return new Result(0, 0, 0, 0, System.currentTimeMillis() - start);
        }
        InteractionData data = InteractionData.of(all);
        FactorModel model = ImplicitAls.train(data, params, it -> { });
        Map<String, float[]> vectors = new LinkedHashMap<>();
        for (int i = 0; i < data.items(); i++) {
            float[] v = model.unitItemVector(i);
            if (!allZero(v)) {
                vectors.put(data.itemId(i), v);
            }
        }
        int written = store.write(vectors);
        Result r = new Result(data.users(), data.items(), data.interactions(), written,
                System.currentTimeMillis() - start);
        LOG.info("embeddings retrained users={} items={} interactions={} written={} ms={} params={}", r.users(),
                r.items(), r.interactions(), r.written(), r.millis(), params);
        return r;
    }

    private static boolean allZero(float[] v) {
        for (float x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
