package dev.priceflow.forecast.training.application;

import dev.priceflow.forecast.model.domain.ForecastEvaluator;
import dev.priceflow.forecast.model.domain.Granularity;
import dev.priceflow.forecast.model.domain.LstmConfig;
import dev.priceflow.forecast.model.domain.Metrics;
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
import dev.priceflow.forecast.registry.application.ModelRegistry;
import dev.priceflow.forecast.registry.domain.ModelStatus;
import dev.priceflow.forecast.registry.domain.RegisteredModel;
import dev.priceflow.forecast.training.domain.ChampionPolicy;
import dev.priceflow.forecast.training.domain.DailyRow;
import dev.priceflow.forecast.training.domain.SalesAggregation;
import dev.priceflow.forecast.training.domain.SkuHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * Trains a daily or weekly global LSTM on {@code sales_daily}: the last horizon of every eligible SKU is the
 * holdout, scored with the backtest's evaluator (LSTM and seasonal naive of the granularity's season); the model
 * is saved and registered, and becomes CHAMPION per {@link ChampionPolicy}, the current champion re-scored on
 * this same holdout when its granularity and geometry match (else its stored pinball is compared, and the
 * outcome says so). A champion of the other granularity is replaced: losses in units per day and per week are
 * not comparable, and the configured granularity is the operator's choice of what the service serves.
 */
public final class TrainForecastModel {

    /** The weekly season (kept for callers that predate daily models). */
    public static final int SEASON = Granularity.WEEKLY.season();
    public static final boolean WINDOW_SCALED = true;

    /** Run settings; {@code seed} seeds member 0, member m uses seed + m; window and horizon in periods. */
    public record Settings(int epochs, int hidden, int ensemble, long seed, WindowSpec spec, Path modelsDir,
                           String skuPrefix, Granularity granularity) {

        /** Weekly settings. */
        public Settings(int epochs, int hidden, int ensemble, long seed, WindowSpec spec, Path modelsDir,
                        String skuPrefix) {
            this(epochs, hidden, ensemble, seed, spec, modelsDir, skuPrefix, Granularity.WEEKLY);
        }
    }

    public record Outcome(RegisteredModel model, List<Metrics> metrics, double championPinball, String comparedOn) {
    }

    private final SalesSource sales;
    private final ModelRegistry registry;
    private final Clock clock;

    public TrainForecastModel(SalesSource sales, ModelRegistry registry, Clock clock) {
        this.sales = sales;
        this.registry = registry;
        this.clock = clock;
    }

    public Outcome train(Settings s, TrainingListener listener) {
        List<DailyRow> rows = sales.all(s.skuPrefix());
        int h = s.spec().horizon();
        Granularity g = s.granularity();
        WindowMaker maker = new WindowMaker(s.spec(), g.season(), WINDOW_SCALED);
        List<Series> series = SalesAggregation.aggregate(rows, g).stream()
                .map(SkuHistory::sinceLastGap).filter(w -> w.length() >= maker.minLength(h))
                .map(SkuHistory::toSeries).toList();
        if (series.isEmpty()) {
            throw new InsufficientHistoryException("no SKU has the " + maker.minLength(h) + " " + g.periods()
                    + " of sales history needed (window " + s.spec().window() + " + 3 x horizon " + h + "); "
                    + rows.size() + " daily rows found");
        }
        WindowSet windows = maker.prepare(series, h);
        listener.step(String.format(Locale.ROOT, "%s: %d SKUs, %d training / %d validation windows, device %s",
                g, series.size(), windows.train().size(), windows.validation().size(), ModelStore.device()));
        UUID id = UUID.randomUUID();
        Path dir = s.modelsDir().resolve(id.toString());
        LstmConfig base = new LstmConfig(s.hidden(), 1, 8, 0.005f, 128, s.epochs(), 5, s.seed());
        String from = rows.stream().map(DailyRow::day).min(Comparable::compareTo).orElseThrow().toString();
        String to = rows.stream().map(DailyRow::day).max(Comparable::compareTo).orElseThrow().toString();
        List<List<QuantileForecast>> members = new ArrayList<>();
        LstmTrainer.Trained last = null;
        try {
            for (int m = 0; m < s.ensemble(); m++) {
                LstmConfig cfg = base.withSeed(s.seed() + m);
                int member = m;
                last = new LstmTrainer().train(s.spec(), cfg, windows,
                        (e, tl, vl, wps) -> listener.epoch(member + 1, s.ensemble(), e, tl, vl, wps));
                try (LstmModel model = last.model()) {
                    members.add(model.forecast(windows.forecast()));
                    ModelStore.save(model, dir.resolve(Ensemble.MEMBER + m), provenance(s, cfg, series.size(),
                            rows.size(), from, to, last, score(series, h, g, members.getLast())));
                }
            }
            List<Metrics> metrics = score(series, h, g, QuantileForecast.mean(members));
            Provenance provenance = provenance(s, base, series.size(), rows.size(), from, to, last, metrics);
            Files.writeString(dir.resolve(ModelStore.PROVENANCE), provenance.toJson());
            return register(id, dir, s, series, windows, metrics, provenance, from, to, listener);
        } catch (IOException e) {
            throw new UncheckedIOException("saving the model under " + dir + " failed", e);
        }
    }

    private Outcome register(UUID id, Path dir, Settings s, List<Series> series, WindowSet windows,
                             List<Metrics> metrics, Provenance provenance, String from, String to,
                             TrainingListener listener) {
        OptionalDouble championPinball = OptionalDouble.empty();
        String comparedOn = "no champion";
        var champion = registry.champion();
        if (champion.isPresent() && champion.get().granularity() != s.granularity()) {
            comparedOn = "champion " + champion.get().id() + " is " + champion.get().granularity()
                    + "; a " + s.granularity() + " model replaces it (losses of different periods do not compare)";
        } else if (champion.isPresent()) {
            RegisteredModel c = champion.get();
            if (c.horizon() == s.spec().horizon() && c.windowSize() == s.spec().window()) {
                try (Ensemble current = Ensemble.load(Path.of(c.path()))) {
                    championPinball = OptionalDouble.of(
                            score(series, s.spec().horizon(), s.granularity(), current.forecast(windows.forecast()))
                                    .getFirst().pinball());
                    comparedOn = "champion " + c.id() + " re-scored on this holdout";
                } catch (IOException | RuntimeException e) {
                    listener.step("cannot re-score champion " + c.id() + " (" + e.getMessage() + "); comparing stored metrics");
                }
            }
            if (championPinball.isEmpty()) {
                championPinball = OptionalDouble.of(c.holdoutPinball());
                comparedOn = "champion " + c.id() + " stored holdout pinball (different holdout)";
            }
        }
        Metrics lstm = metrics.getFirst();
        ModelStatus status = ChampionPolicy.decide(lstm.pinball(), championPinball) == ChampionPolicy.Decision.CHAMPION
                ? ModelStatus.CHAMPION : ModelStatus.REJECTED;
        RegisteredModel model = new RegisteredModel(id, clock.instant(), status, dir.toAbsolutePath().toString(),
                provenance.toJson(), lstm.mase(), lstm.pinball(), metrics.get(1).mase(), java.time.LocalDate.parse(from),
                java.time.LocalDate.parse(to), series.size(), s.spec().horizon(), s.spec().window(), s.granularity());
        registry.record(model);
        return new Outcome(model, metrics, championPinball.orElse(Double.NaN), comparedOn);
    }

    private static Provenance provenance(Settings s, LstmConfig cfg, int series, long rows, String from, String to,
                                         LstmTrainer.Trained run, List<Metrics> metrics) {
        String periods = s.granularity() == Granularity.DAILY ? "days" : "ISO weeks";
        return new Provenance("forecast.sales_daily (" + periods + ")" + (s.skuPrefix().isEmpty() ? "" : ", SKUs "
                + s.skuPrefix() + "*"), from, to, series, rows, s.spec(), cfg, ModelStore.tensorflowVersion(),
                ModelStore.device(), run.epochs(), run.bestEpoch(), metrics, s.granularity());
    }

    /** LSTM and seasonal-naive holdout metrics with the backtest's evaluator (first: LSTM, second: baseline). */
    static List<Metrics> score(List<Series> series, int h, Granularity g, List<QuantileForecast> lstm) {
        ForecastEvaluator model = new ForecastEvaluator("LSTM (P10/P50/P90)", g.season(), true);
        SeasonalNaive naive = new SeasonalNaive(g.season());
        ForecastEvaluator baseline = new ForecastEvaluator(naive.name(), g.season(), false);
        for (int i = 0; i < series.size(); i++) {
            double[] v = series.get(i).values();
            double[] train = Arrays.copyOf(v, v.length - h);
            double[] actual = Arrays.copyOfRange(v, v.length - h, v.length);
            model.add(train, actual, lstm.get(i));
            baseline.add(train, actual, QuantileForecast.point(naive.forecast(train, h)));
        }
        return List.of(model.metrics(), baseline.metrics());
    }
}
