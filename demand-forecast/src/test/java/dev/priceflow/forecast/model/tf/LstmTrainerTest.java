package dev.priceflow.forecast.model.tf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.forecast.model.domain.LstmConfig;
import dev.priceflow.forecast.model.domain.Provenance;
import dev.priceflow.forecast.model.domain.Series;
import dev.priceflow.forecast.model.domain.WindowMaker;
import dev.priceflow.forecast.model.domain.WindowSet;
import dev.priceflow.forecast.model.domain.WindowSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LstmTrainerTest {

    private static final WindowSpec SPEC = new WindowSpec(8, 4);

    /** Two tiny sine series (period 8, also the "season" of the lag covariate) with different levels. */
    static WindowSet sines(int holdout) {
        List<Series> series = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            double[] v = new double[60];
            double[] phase = new double[60];
            for (int t = 0; t < v.length; t++) {
                v[t] = (10 + 5 * s) * (1.5 + Math.sin(2 * Math.PI * t / 8.0));
                phase[t] = (t % 52) / 52.0;
            }
            series.add(new Series("s" + s, s, v, null, null, null, phase));
        }
        return new WindowMaker(SPEC, 8).prepare(series, holdout);
    }

    static LstmConfig config(int epochs) {
        return new LstmConfig(16, 2, 2, 0.02f, 16, epochs, 100, 7L);
    }

    @Test
    void fitsASineWellBelowTheStartingLoss() {
        WindowSet data = sines(4);
        List<Double> losses = new ArrayList<>();
        LstmTrainer.Trained t = new LstmTrainer().train(SPEC, config(30), data,
                (epoch, train, validation, wps) -> losses.add(train));
        try (LstmModel model = t.model()) {
            // the first epoch's pinball is ~0.25 (scaled units); a fitted sine ends up well under 0.05
            assertThat(losses.getFirst()).isGreaterThan(0.15);
            assertThat(losses.getLast()).isLessThan(0.05);
            assertThat(t.bestValidationLoss()).isLessThan(0.05);
            float[][][] q = model.predictScaled(data.forecast());
            assertThat(q).hasNumberOfRows(2);
            for (float[][] window : q) {
                assertThat(window).hasNumberOfRows(SPEC.horizon());
                for (float[] p : window) {
                    assertThat(p[0]).isLessThanOrEqualTo(p[1]);
                    assertThat(p[1]).isLessThanOrEqualTo(p[2]);
                }
            }
        }
    }

    @Test
    void savedModelLoadsAsAFreshBundleWithIdenticalPredictions(@TempDir Path tmp) throws Exception {
        WindowSet data = sines(4);
        Path dir = tmp.resolve("model");
        float[][][] before;
        try (LstmModel model = new LstmTrainer().train(SPEC, config(3), data, (e, a, b, c) -> { }).model()) {
            before = model.predictScaled(data.forecast());
            ModelStore.save(model, dir, new Provenance("sine", "0", "59", 2, 120, SPEC, config(3),
                    ModelStore.tensorflowVersion(), "CPU", 3, 3, List.of()));
        }
        assertThat(Files.readString(dir.resolve(ModelStore.PROVENANCE))).contains("\"seed\": 7", "\"horizon\": 4");
        try (LstmModel loaded = ModelStore.load(dir)) {
            float[][][] after = loaded.predictScaled(data.forecast());
            assertThat(after).isDeepEqualTo(before);
        }
    }

    @Test
    void sameSeedGivesTheSameModel() {
        WindowSet data = sines(4);
        float[][][] a;
        float[][][] b;
        try (LstmModel m = new LstmTrainer().train(SPEC, config(6), data, (e, x, y, z) -> { }).model()) {
            a = m.predictScaled(data.forecast());
        }
        try (LstmModel m = new LstmTrainer().train(SPEC, config(6), data, (e, x, y, z) -> { }).model()) {
            b = m.predictScaled(data.forecast());
        }
        // same seed -> same initial weights and batch order, and the training step is race-free (RaceFreeAdam)
        assertThat(b).isDeepEqualTo(a);
    }
}
