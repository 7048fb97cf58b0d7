package dev.priceflow.forecast.model.domain;

import java.util.ArrayList;
import java.util.List;

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

    /**
     * The ensemble forecast: for each series, the mean of the members' quantiles period by period (a mean of
     * ordered triples stays ordered). {@code members.get(m).get(i)} is member m's forecast of series i.
     */
    public static List<QuantileForecast> mean(List<List<QuantileForecast>> members) {
        List<QuantileForecast> out = new ArrayList<>();
        int n = members.size();
        for (int i = 0; i < members.getFirst().size(); i++) {
            int h = members.getFirst().get(i).horizon();
            double[][] q = new double[3][h];
            for (List<QuantileForecast> m : members) {
                QuantileForecast f = m.get(i);
                for (int k = 0; k < h; k++) {
                    q[0][k] += f.p10()[k] / n;
                    q[1][k] += f.p50()[k] / n;
                    q[2][k] += f.p90()[k] / n;
                }
            }
            out.add(new QuantileForecast(q[0], q[1], q[2]));
        }
        return out;
    }

    public int horizon() {
        return p50.length;
    }
}
