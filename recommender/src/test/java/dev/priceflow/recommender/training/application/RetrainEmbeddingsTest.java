package dev.priceflow.recommender.training.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.priceflow.recommender.learning.domain.AlsParams;
import dev.priceflow.recommender.learning.domain.Interaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetrainEmbeddingsTest {

    static final class FakeStore implements EmbeddingStore {
        boolean mappingOk = true;
        int mappingChecks;
        final Map<String, float[]> written = new HashMap<>();

        @Override
        public boolean ensureMapping(int dims) {
            mappingChecks++;
            return mappingOk;
        }

        @Override
        public int write(Map<String, float[]> vectors) {
            written.putAll(vectors);
            return vectors.size();
        }
    }

    static List<Interaction> interactions() {
        List<Interaction> out = new ArrayList<>();
        for (int u = 0; u < 12; u++) {
            String g = u < 6 ? "A" : "B";
            for (int i = 0; i < 4; i++) {
                out.add(new Interaction("u" + u, g + i, 1 + (u + i) % 3, 0));
            }
        }
        return out;
    }

    private final FakeStore store = new FakeStore();

    @Test
    void writesOneUnitVectorPerItemAndSimilarItemsAreCloser() {
        RetrainEmbeddings retrain = new RetrainEmbeddings(RetrainEmbeddingsTest::interactions, store,
                new AlsParams(8, 0.1, 5, 10, 42));
        RetrainEmbeddings.Result r = retrain.run();
        assertThat(r.users()).isEqualTo(12);
        assertThat(r.written()).isEqualTo(8);
        assertThat(store.written).containsKeys("A0", "A3", "B0", "B3");
        float[] a0 = store.written.get("A0");
        assertThat(a0).hasSize(8);
        assertThat(dot(a0, a0)).isBetween(0.999, 1.001);
        assertThat(dot(a0, store.written.get("A1"))).isGreaterThan(dot(a0, store.written.get("B1")));
    }

    @Test
    void nothingHeldMeansNothingWrittenAndAMissingMappingFailsTheRun() {
        RetrainEmbeddings empty = new RetrainEmbeddings(List::of, store, AlsParams.defaults(1));
        assertThat(empty.run().written()).isZero();
        assertThat(empty.prepare()).isTrue();
        store.mappingOk = false;
        assertThatThrownBy(empty::run).hasMessageContaining("no usable embedding field");
        assertThat(store.written).isEmpty();
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
