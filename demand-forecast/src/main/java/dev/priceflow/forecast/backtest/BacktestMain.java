package dev.priceflow.forecast.backtest;

import dev.priceflow.forecast.model.domain.Granularity;
import dev.priceflow.forecast.model.domain.Metrics;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code backtest-forecast --data FILE [--granularity daily|weekly] [--horizon N] [--window N] [--epochs N]
 * [--seed S] [--hidden N] [--max-series N] [--save DIR]}: exit 0 on success, 2 on bad arguments or input, 1 on
 * failure. Window and horizon default to the granularity's (daily 56/28, weekly 16/8).
 */
public final class BacktestMain {

    private static final String USAGE = "usage: backtest-forecast --data FILE [--granularity daily|weekly] [--horizon N] [--window N] "
            + "[--epochs N] [--seed S] [--hidden N] [--max-series N] [--scaling series|window] [--ensemble N] [--save DIR]";

    private BacktestMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Backtest.Options options;
        Dataset data;
        try {
            options = parse(args);
            data = DatasetReader.read(options.data(), options.granularity());
            options = options.withDefaultsOf(data.granularity());
        } catch (IllegalArgumentException | DatasetReader.BadInput e) {
            err.println("backtest-forecast: " + e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            err.println("backtest-forecast: cannot read data: " + e.getMessage());
            return 2;
        }
        try {
            Backtest.Report report = Backtest.run(options, data, err);
            print(report, out);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("backtest-forecast: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("backtest-forecast: failed: " + e);
            return 1;
        }
    }

    static Backtest.Options parse(String[] args) {
        Path data = null;
        Path save = null;
        Integer horizon = null;
        Integer window = null;
        Granularity granularity = null;
        int epochs = 40;
        long seed = 42;
        int maxSeries = 0;
        int hidden = 32;
        String scaling = "window";
        int ensemble = 5;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + a + "\n" + USAGE);
            }
            String v = args[++i];
            switch (a) {
                case "--data" -> data = Path.of(v);
                case "--save" -> save = Path.of(v);
                case "--granularity" -> granularity = Granularity.parse(v);
                case "--horizon" -> horizon = integer(a, v);
                case "--window" -> window = integer(a, v);
                case "--epochs" -> epochs = integer(a, v);
                case "--hidden" -> hidden = integer(a, v);
                case "--max-series" -> maxSeries = integer(a, v);
                case "--seed" -> seed = Long.parseLong(v);
                case "--scaling" -> scaling = v;
                case "--ensemble" -> ensemble = integer(a, v);
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
        }
        if (data == null) {
            throw new IllegalArgumentException("--data is required\n" + USAGE);
        }
        if (!Files.isReadable(data)) {
            throw new IllegalArgumentException("cannot read " + data);
        }
        if (!scaling.equals("series") && !scaling.equals("window")) {
            throw new IllegalArgumentException("--scaling must be series or window, was " + scaling);
        }
        if (epochs < 1 || hidden < 1 || maxSeries < 0 || ensemble < 1 || ensemble > 20) {
            throw new IllegalArgumentException("--epochs, --hidden must be positive, --ensemble 1..20, --max-series >= 0");
        }
        if (granularity != null) {
            granularity.spec(window, horizon);   // a horizon out of range for the granularity fails before reading
        }
        return new Backtest.Options(data, granularity, window, horizon, epochs, seed, maxSeries, hidden,
                scaling.equals("window"), ensemble, save);
    }

    private static int integer(String name, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, was '" + v + "'");
        }
    }

    static void print(Backtest.Report r, PrintStream out) {
        out.printf(Locale.ROOT, "%nBacktest: %s (%s), %s .. %s, %d rows%n", r.data().name(), r.data().source(),
                r.data().from(), r.data().to(), r.data().rows());
        out.printf(Locale.ROOT, "series: %d used of %d eligible (%d in file); %s, window %d, horizon %d %s = holdout%n",
                r.used(), r.eligible(), r.data().series().size(), r.data().granularity(), r.spec().window(),
                r.spec().horizon(), r.data().granularity().periods());
        out.printf(Locale.ROOT, "LSTM hidden %d, %d model(s) averaged (seeds %d..%d), last model: epochs run %d "
                        + "(best %d, early stop patience %d), train %,.0f windows/s, device %s%n", r.config().hidden(),
                r.ensemble(), r.config().seed(), r.config().seed() + r.ensemble() - 1, r.run().epochs(),
                r.run().bestEpoch(), r.config().patience(), r.run().windowsPerSecond(), r.device());
        out.println("| model | MAE | RMSE | MASE | pinball | P10-P90 coverage | above P90 | bias |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Metrics m : r.metrics()) {
            out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.3f | %.2f | %s | %.1f%% | %.2f |%n", m.model(), m.mae(),
                    m.rmse(), m.mase(), m.pinball(), Double.isNaN(m.coverage()) ? "n/a (point)"
                            : String.format(Locale.ROOT, "%.1f%%", 100 * m.coverage()), 100 * m.above(), m.bias());
        }
        Metrics lstm = r.metrics().getFirst();
        Metrics naive = r.metrics().get(1);
        out.printf(Locale.ROOT, "MASE scale: in-sample seasonal naive, lag %d (lag 1 for series with <= %d training "
                        + "periods). LSTM vs seasonal naive MASE: %+.1f%%. %s. Point baselines: pinball of the point "
                        + "at P10/P50/P90.%nrun time %.1f s%n", r.data().season(), r.data().season(),
                100 * (lstm.mase() / naive.mase() - 1), r.data().notes(), r.seconds());
    }
}
