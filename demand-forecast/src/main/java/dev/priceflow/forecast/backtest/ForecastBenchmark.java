package dev.priceflow.forecast.backtest;

import dev.priceflow.forecast.model.domain.LstmConfig;
import dev.priceflow.forecast.model.domain.SeasonalNaive;
import dev.priceflow.forecast.model.domain.Series;
import dev.priceflow.forecast.model.domain.Window;
import dev.priceflow.forecast.model.domain.WindowMaker;
import dev.priceflow.forecast.model.domain.WindowSet;
import dev.priceflow.forecast.model.domain.WindowSpec;
import dev.priceflow.forecast.model.tf.LstmModel;
import dev.priceflow.forecast.model.tf.LstmTrainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Benchmark program (not a test): training throughput of the hidden-32 LSTM in windows/s, single-series inference
 * latency p50/p99 beside the seasonal-naive baseline measured in the same run, and the process RSS with the model
 * loaded. Synthetic weekly series (seeded), window 16 / horizon 8. Args: [series] [epochs] [threads].
 */
public final class ForecastBenchmark {

    private ForecastBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int seriesCount = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        WindowSpec spec = WindowSpec.WEEKLY;
        Random random = new Random(42);
        List<Series> series = new ArrayList<>();
        for (int s = 0; s < seriesCount; s++) {
            double[] v = new double[120];
            double[] phase = new double[120];
            for (int t = 0; t < v.length; t++) {
                phase[t] = (t % 52) / 52.0;
                v[t] = Math.max(0, 100 + 40 * Math.sin(2 * Math.PI * phase[t]) + 15 * random.nextGaussian());
            }
            series.add(new Series("s" + s, s, v, null, null, null, phase));
        }
        WindowSet data = new WindowMaker(spec, 52).prepare(series, spec.horizon());
        LstmConfig cfg = new LstmConfig(32, seriesCount, 8, 0.005f, 128, epochs, epochs, 42);
        LstmTrainer.Trained trained = new LstmTrainer(threads).train(spec, cfg, data, (e, tl, vl, wps) ->
                System.out.printf(Locale.ROOT, "epoch %d: %,.0f windows/s%n", e, wps));
        try (LstmModel model = trained.model()) {
            List<Window> one = List.of(data.forecast().getFirst());
            double[] history = Arrays.copyOf(series.getFirst().values(), 112);
            SeasonalNaive naive = new SeasonalNaive(52);
            long[] lstm = time(5000, () -> model.forecast(one));
            long[] base = time(5000, () -> naive.forecast(history, spec.horizon()));
            System.out.printf(Locale.ROOT, "training: %,d windows x %d epochs, %,.0f windows/s (hidden 32, %d TF "
                    + "thread(s), %d cores)%n", data.train().size(), trained.epochs(), trained.windowsPerSecond(),
                    threads, Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "single-series inference: LSTM p50 %.3f ms, p99 %.3f ms | seasonal naive "
                    + "p50 %.4f ms, p99 %.4f ms | ratio p50 %.0fx%n", ms(lstm, 0.5), ms(lstm, 0.99), ms(base, 0.5),
                    ms(base, 0.99), ms(lstm, 0.5) / Math.max(1e-9, ms(base, 0.5)));
            System.out.printf(Locale.ROOT, "process RSS with the model loaded: %s%n", rss());
        }
    }

    private static long[] time(int n, Runnable r) {
        for (int i = 0; i < n / 5; i++) {
            r.run();   // warm-up
        }
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            r.run();
            t[i] = System.nanoTime() - t0;
        }
        Arrays.sort(t);
        return t;
    }

    private static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))] / 1e6;
    }

    private static String rss() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "unknown (no /proc)";
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS")).findFirst()
                .map(l -> l.replaceAll("\\s+", " ").substring(7)).orElse("unknown");
    }
}
