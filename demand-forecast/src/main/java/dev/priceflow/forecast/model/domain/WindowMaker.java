package dev.priceflow.forecast.model.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts scaled sliding windows out of series. Everything fitted (scale = mean of the training part, median price)
 * comes from the training part only; the last {@code holdout} periods of each series are never read except for
 * their calendar/holiday covariates, which are known in advance. Inside the training part the last
 * {@code horizon} periods are the validation targets: no training window's target reaches into them.
 */
public final class WindowMaker {

    private final WindowSpec spec;
    private final int season;
    private final boolean windowScaled;

    /** Scales every window by the series' training-part mean. */
    public WindowMaker(WindowSpec spec, int season) {
        this(spec, season, false);
    }

    /**
     * @param season       lag of the "same period last season" covariate (52 for weekly data)
     * @param windowScaled scale each window by the mean of its own input periods instead of the series'
     *                     training mean (falls back to that when the inputs are all zero); follows level shifts
     */
    public WindowMaker(WindowSpec spec, int season, boolean windowScaled) {
        if (season < 1) {
            throw new IllegalArgumentException("season must be positive");
        }
        this.spec = spec;
        this.season = season;
        this.windowScaled = windowScaled;
    }

    public WindowSpec spec() {
        return spec;
    }

    /** Shortest series that yields a training window, a validation window and a holdout of {@code holdout}. */
    public int minLength(int holdout) {
        return spec.span() + spec.horizon() + holdout;
    }

    public WindowSet prepare(List<Series> series, int holdout) {
        List<Window> train = new ArrayList<>();
        List<Window> validation = new ArrayList<>();
        List<Window> forecast = new ArrayList<>();
        double[] scales = new double[series.size()];
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            if (s.length() < minLength(holdout)) {
                throw new IllegalArgumentException("series " + s.id() + " has " + s.length() + " periods; needs "
                        + minLength(holdout) + " (window " + spec.window() + " + 2 x horizon " + spec.horizon()
                        + " + holdout " + holdout + ")");
            }
            int trainEnd = s.length() - holdout;
            Scaling sc = Scaling.fit(s, trainEnd);
            scales[i] = sc.scale();
            int lastTrainStart = trainEnd - spec.horizon() - spec.span();
            for (int start = 0; start <= lastTrainStart; start++) {
                train.add(window(i, s, sc, start, trainEnd, true));
            }
            // the validation task is the holdout task one horizon earlier: forecast the last horizon from its start
            validation.add(window(i, s, sc, trainEnd - spec.span(), trainEnd, true));
            if (holdout >= spec.horizon()) {
                forecast.add(window(i, s, sc, trainEnd - spec.window(), trainEnd, false));
            }
        }
        return new WindowSet(train, validation, forecast, scales);
    }

    /**
     * The forecast window of a series whose last {@code horizon} periods are the future: their values are never
     * read; their prices (when positive) are the planned prices, else the last known price is assumed.
     */
    public Window plannedWindow(Series s) {
        int trainEnd = s.length() - spec.horizon();
        if (trainEnd < spec.window()) {
            throw new IllegalArgumentException("series " + s.id() + " has " + trainEnd + " periods of history; needs "
                    + spec.window());
        }
        return window(0, s, Scaling.fit(s, trainEnd), trainEnd - spec.window(), trainEnd, false, true);
    }

    private Window window(int index, Series s, Scaling sc, int start, int trainEnd, boolean withTarget) {
        return window(index, s, sc, start, trainEnd, withTarget, false);
    }

    private Window window(int index, Series s, Scaling sc, int start, int trainEnd, boolean withTarget,
                          boolean plannedFromSeries) {
        int w = spec.window();
        int h = spec.horizon();
        double scale = windowScaled ? inputMean(s, start, sc.scale()) : sc.scale();
        float[] inputs = new float[w * Features.STEP];
        for (int k = 0; k < w; k++) {
            int t = start + k;
            inputs[k * Features.STEP] = (float) (s.values()[t] / scale);
            Features.covariates(s, sc.medianPrice(), sc.priceAt(s, t, trainEnd), t, inputs, k * Features.STEP + 1,
                    scale, season, trainEnd);
        }
        float[] future = new float[h * Features.COVARIATES];
        float[] target = withTarget ? new float[h] : new float[0];
        for (int k = 0; k < h; k++) {
            int t = start + w + k;
            // future price = the last price before the window ends (a planned price), never the realised one:
            // realised average paid price moves with volume (bulk buyers pay less) and is unknown when forecasting
            double planned = plannedFromSeries && s.price() != null && s.price()[t] > 0 ? s.price()[t]
                    : sc.priceAt(s, start + w - 1, trainEnd);
            Features.covariates(s, sc.medianPrice(), planned, t, future, k * Features.COVARIATES,
                    scale, season, trainEnd);
            if (withTarget) {
                target[k] = (float) (s.values()[t] / scale);
            }
        }
        return new Window(index, s.group(), inputs, future, target, scale);
    }

    private double inputMean(Series s, int start, double fallback) {
        double sum = 0;
        for (int t = start; t < start + spec.window(); t++) {
            sum += s.values()[t];
        }
        return sum > 0 ? sum / spec.window() : fallback;
    }

    /** Per-series statistics of the training part. */
    record Scaling(double scale, double medianPrice, double lastPrice) {

        static Scaling fit(Series s, int trainEnd) {
            double sum = 0;
            for (int t = 0; t < trainEnd; t++) {
                sum += s.values()[t];
            }
            double mean = sum / trainEnd;
            double median = 0;
            double last = 0;
            if (s.price() != null) {
                double[] known = Arrays.stream(s.price(), 0, trainEnd).filter(p -> p > 0).sorted().toArray();
                median = known.length == 0 ? 0 : known[known.length / 2];
                for (int t = trainEnd - 1; t >= 0 && last == 0; t--) {
                    last = s.price()[t] > 0 ? s.price()[t] : 0;
                }
            }
            return new Scaling(mean > 0 ? mean : 1.0, median, last);
        }

        /** Realised price inside the training part; after it the last known price (the planned price). */
        double priceAt(Series s, int t, int trainEnd) {
            if (s.price() == null) {
                return 0;
            }
            return t < trainEnd && s.price()[t] > 0 ? s.price()[t] : lastPrice;
        }
    }
}
