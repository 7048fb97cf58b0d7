package dev.priceflow.forecast.backtest;

import dev.priceflow.forecast.model.domain.ExponentialSmoothing;
import dev.priceflow.forecast.model.domain.ForecastEvaluator;
import dev.priceflow.forecast.model.domain.Granularity;
import dev.priceflow.forecast.model.domain.LstmConfig;
import dev.priceflow.forecast.model.domain.Metrics;
import dev.priceflow.forecast.model.domain.MovingAverage;
import dev.priceflow.forecast.model.domain.PointForecaster;
import dev.priceflow.forecast.model.domain.Provenance;
import dev.priceflow.forecast.model.domain.QuantileForecast;
import dev.priceflow.forecast.model.domain.SeasonalNaive;
import dev.priceflow.forecast.model.domain.Series;
import dev.priceflow.forecast.model.domain.WindowMaker;
import dev.priceflow.forecast.model.domain.WindowSet;
import dev.priceflow.forecast.model.domain.WindowSpec;
import dev.priceflow.forecast.model.tf.LstmModel;
import dev.priceflow.forecast.model.tf.LstmTrainer;
import dev.priceflow.forecast.model.tf.ModelStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Trains on all but the last horizon of every series, forecasts that holdout once, scores LSTM and baselines. */
final class Backtest {

    /** {@code granularity} null until the file is read (then the file's); window/horizon null: its defaults. */
    record Options(Path data, Granularity granularity, Integer window, Integer horizon, int epochs, long seed,
                   int maxSeries, int hidden, boolean windowScaled, int ensemble, Path save) {

        Options withDefaultsOf(Granularity fileGranularity) {
            return new Options(data, fileGranularity, window, horizon, epochs, seed, maxSeries, hidden, windowScaled,
                    ensemble, save);
        }

        WindowSpec spec() {
            return (granularity == null ? Granularity.WEEKLY : granularity).spec(window, horizon);
        }
    }

    record Report(Dataset data, int eligible, int used, int ensemble, WindowSpec spec, LstmConfig config, LstmTrainer.Trained run,
                  List<Metrics> metrics, String device, double seconds) {
    }

    static Report run(Options o, Dataset data, PrintStream progress) throws IOException {
        long t0 = System.nanoTime();
        WindowSpec spec = o.spec();
        int h = spec.horizon();
        WindowMaker maker = new WindowMaker(spec, data.season(), o.windowScaled());
        List<Series> eligible = data.series().stream().filter(s -> s.length() >= maker.minLength(h)).toList();
        if (eligible.isEmpty()) {
            throw new IllegalArgumentException("no series has the " + maker.minLength(h) + " periods needed for window "
                    + spec.window() + " and horizon " + h);
        }
        List<Series> used = sample(eligible, o.maxSeries(), o.seed());
        LstmConfig cfg = new LstmConfig(o.hidden(), used.size(), 8, 0.005f, 128, o.epochs(), 6, o.seed());
        WindowSet windows = maker.prepare(used, h);
        progress.printf(Locale.ROOT, "%d of %d series (%d eligible), %d training / %d validation windows, %s scaling%n",
                used.size(), data.series().size(), eligible.size(), windows.train().size(), windows.validation().size(),
                o.windowScaled() ? "per-window" : "per-series");
        List<List<QuantileForecast>> members = new ArrayList<>();
        LstmTrainer.Trained trained = null;
        for (int m = 0; m < o.ensemble(); m++) {
            LstmConfig member = cfg.withSeed(o.seed() + m);
            int index = m;
            trained = new LstmTrainer().train(spec, member, windows, (e, tl, vl, wps) -> progress.printf(Locale.ROOT,
                    "model %d/%d epoch %3d  train pinball %.4f  validation pinball %.4f  %,.0f windows/s%n",
                    index + 1, o.ensemble(), e, tl, vl, wps));
            try (LstmModel model = trained.model()) {
                members.add(model.forecast(windows.forecast()));
                if (o.save() != null) {
                    ModelStore.save(model, o.save().resolve("member-" + m), new Provenance(data.source(),
                            data.from().toString(), data.to().toString(), used.size(), data.rows(), spec, member,
                            ModelStore.tensorflowVersion(), ModelStore.device(), trained.epochs(), trained.bestEpoch(),
                            score(used, h, data.season(), movingAverage(data), members.getLast()), data.granularity()));
                }
            }
        }
        List<Metrics> metrics = score(used, h, data.season(), movingAverage(data), QuantileForecast.mean(members));
        return new Report(data, eligible.size(), used.size(), o.ensemble(), spec, cfg, trained, metrics, ModelStore.device(),
                (System.nanoTime() - t0) / 1e9);
    }

    /** A week of days for daily data, four weeks for weekly data. */
    static int movingAverage(Dataset data) {
        return data.granularity() == Granularity.DAILY ? 7 : 4;
    }

    static List<Metrics> score(List<Series> series, int h, int season, int movingAverage, List<QuantileForecast> lstm) {
        List<PointForecaster> baselines = List.of(new SeasonalNaive(season), new MovingAverage(movingAverage),
                new ExponentialSmoothing(0.3));
        ForecastEvaluator lstmEval = new ForecastEvaluator("LSTM (P10/P50/P90)", season, true);
        List<ForecastEvaluator> evals = new ArrayList<>();
        baselines.forEach(b -> evals.add(new ForecastEvaluator(b.name(), season, false)));
        for (int i = 0; i < series.size(); i++) {
            double[] v = series.get(i).values();
            double[] train = Arrays.copyOf(v, v.length - h);
            double[] actual = Arrays.copyOfRange(v, v.length - h, v.length);
            lstmEval.add(train, actual, lstm.get(i));
            for (int b = 0; b < baselines.size(); b++) {
                evals.get(b).add(train, actual, QuantileForecast.point(baselines.get(b).forecast(train, h)));
            }
        }
        List<Metrics> out = new ArrayList<>();
        out.add(lstmEval.metrics());
        evals.forEach(e -> out.add(e.metrics()));
        return out;
    }

    private static List<Series> sample(List<Series> eligible, int max, long seed) {
        List<Series> chosen = new ArrayList<>(eligible);
        if (max > 0 && chosen.size() > max) {
            Collections.shuffle(chosen, new Random(seed));
            chosen = new ArrayList<>(chosen.subList(0, max));
        }
        List<Series> regrouped = new ArrayList<>();
        for (Series s : chosen) {   // dense group ids for the embedding
            regrouped.add(new Series(s.id(), regrouped.size(), s.values(), s.price(), s.promo(), s.holiday(),
                    s.yearPhase()));
        }
        return regrouped;
    }
}
