package dev.priceflow.forecast.model.domain;

/** P10/P50/P90 per forecast period, in the series' own units. */
public record QuantileForecast(double[] p10, double[] p50, double[] p90) {

    public static final double[] LEVELS = {0.1, 0.5, 0.9};

    public QuantileForecast {
        if (p10.length != p50.length || p90.length != p50.length) {
            throw new IllegalArgumentException("quantile arrays differ in length");
        }
    }

    /** A point forecast used for all three quantiles (how point baselines are scored). */
    public static QuantileForecast point(double[] p) {
        return new QuantileForecast(p, p, p);
    }

    public int horizon() {
        return p50.length;
    }
}
