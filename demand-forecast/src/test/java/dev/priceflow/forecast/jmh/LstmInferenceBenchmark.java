package dev.priceflow.forecast.jmh;

import dev.priceflow.forecast.model.domain.LstmConfig;
import dev.priceflow.forecast.model.domain.QuantileForecast;
import dev.priceflow.forecast.model.domain.Series;
import dev.priceflow.forecast.model.domain.Window;
import dev.priceflow.forecast.model.domain.WindowMaker;
import dev.priceflow.forecast.model.domain.WindowSet;
import dev.priceflow.forecast.model.domain.WindowSpec;
import dev.priceflow.forecast.model.tf.LstmModel;
import dev.priceflow.forecast.model.tf.LstmTrainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * JMH: LSTM inference as the service runs it ({@link LstmModel#forecast}: batch the windows, call the
 * TensorFlow session function, rescale the P10/P50/P90 quantiles) on the weekly production shape (window 16,
 * horizon 8, hidden 32, embedding 8). The model is trained in the setup for 2 epochs with seed 42 on 64
 * seeded synthetic weekly series (trend + yearly season + noise), so only inference is timed; {@code windows}
 * = 1 (one SKU's forecast) or 64 (a publishing batch). Run by {@code ./priceflow jmh}, never by unit tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LstmInferenceBenchmark {

    private static final WindowSpec SPEC = WindowSpec.WEEKLY;
    private static final int SERIES = 64;
    private static final int WEEKS = 104;

    @Param({"1", "64"})
    public int windows;

    private LstmModel model;
    private List<Window> input;

    @Setup(Level.Trial)
    public void train() {
        Random random = new Random(42);
        List<Series> series = new ArrayList<>();
        for (int s = 0; s < SERIES; s++) {
            double[] v = new double[WEEKS];
            double[] phase = new double[WEEKS];
            double level = 5 + random.nextDouble() * 50;
            for (int t = 0; t < WEEKS; t++) {
                phase[t] = (t % 52) / 52.0;
                double season = 1 + 0.4 * Math.sin(2 * Math.PI * phase[t]);
                v[t] = Math.max(0, level * season * (1 + 0.002 * t) + random.nextGaussian() * level * 0.1);
            }
            series.add(new Series("s" + s, s % 4, v, null, null, null, phase));
        }
        WindowSet data = new WindowMaker(SPEC, 52).prepare(series, SPEC.horizon());
        LstmConfig cfg = new LstmConfig(32, 4, 8, 0.005f, 128, 2, 2, 42L);
        model = new LstmTrainer(1).train(SPEC, cfg, data, (epoch, train, validation, wps) -> { }).model();
        input = List.copyOf(data.forecast().subList(0, Math.min(windows, data.forecast().size())));
    }

    @Benchmark
    public List<QuantileForecast> forecast() {
        return model.forecast(input);
    }

    @TearDown(Level.Trial)
    public void close() {
        model.close();
    }
}
