package dev.priceflow.forecast.model.domain;

/** Accumulates holdout errors of one model over many series; see {@link Metrics} for the definitions. */
public final class ForecastEvaluator {

    private final String model;
    private final int season;
    private final boolean intervals;
    private double absSum;
    private double sqSum;
    private double pinballSum;
    private long covered;
    private long above;
    private double biasSum;
    private int points;
    private double maseSum;
    private int maseSeries;
    private int series;
    private int usedSeason;

    /**
     * @param season    the seasonal-naive lag that scales MASE; series whose training part is not longer than
     *                  it are scaled by the lag-1 naive MAE instead (reported as the season actually used)
     * @param intervals whether the model produces real P10/P90 (coverage is NaN otherwise)
     */
    public ForecastEvaluator(String model, int season, boolean intervals) {
        this.model = model;
        this.season = season;
        this.intervals = intervals;
    }

    public static double pinball(double q, double actual, double forecast) {
        double e = actual - forecast;
        return Math.max(q * e, (q - 1) * e);
    }

    /** In-sample MAE of the seasonal naive forecast with lag m over the training part. */
    public static double naiveScale(double[] train, int m) {
        double sum = 0;
        for (int t = m; t < train.length; t++) {
            sum += Math.abs(train[t] - train[t - m]);
        }
        return sum / (train.length - m);
    }

    public void add(double[] train, double[] actual, QuantileForecast f) {
        if (actual.length != f.horizon()) {
            throw new IllegalArgumentException("holdout has " + actual.length + " periods, forecast " + f.horizon());
        }
        double seriesAbs = 0;
        for (int k = 0; k < actual.length; k++) {
            double e = actual[k] - f.p50()[k];
            seriesAbs += Math.abs(e);
            sqSum += e * e;
            pinballSum += (pinball(0.1, actual[k], f.p10()[k]) + pinball(0.5, actual[k], f.p50()[k])
                    + pinball(0.9, actual[k], f.p90()[k])) / 3.0;
            if (actual[k] >= f.p10()[k] && actual[k] <= f.p90()[k]) {
                covered++;
            }
            if (actual[k] > f.p90()[k]) {
                above++;
            }
            biasSum -= e;
        }
        absSum += seriesAbs;
        points += actual.length;
        series++;
        int m = train.length > season ? season : 1;
        usedSeason = Math.max(usedSeason, m);
        double scale = train.length > m ? naiveScale(train, m) : 0;
        if (scale > 0) {
            maseSum += seriesAbs / actual.length / scale;
            maseSeries++;
        }
    }

    public Metrics metrics() {
        return new Metrics(model, absSum / points, Math.sqrt(sqSum / points),
                maseSeries == 0 ? Double.NaN : maseSum / maseSeries, usedSeason, pinballSum / points,
                intervals ? (double) covered / points : Double.NaN, (double) above / points, biasSum / points,
                series, points);
    }
}
