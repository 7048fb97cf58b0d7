package dev.priceflow.forecast.model.domain;

/** y(T+k) = y(T+k-season); with less than one season of history it falls back to the last value. */
public record SeasonalNaive(int season) implements PointForecaster {

    public SeasonalNaive {
        if (season < 1) {
            throw new IllegalArgumentException("season must be positive");
        }
    }

    @Override
    public String name() {
        return "seasonal naive (m=" + season + ")";
    }

    @Override
    public double[] forecast(double[] history, int horizon) {
        PointForecaster.requireHistory(history, horizon);
        int n = history.length;
        double[] out = new double[horizon];
        for (int k = 0; k < horizon; k++) {
            if (n >= season) {
                // k-th step ahead repeats the value one (or more) seasons back
                out[k] = history[n - season + (k % season)];
            } else {
                out[k] = history[n - 1];
            }
        }
        return out;
    }
}
