package dev.priceflow.forecast.model.domain;

import java.util.Arrays;

/** Simple exponential smoothing (flat forecast) with a fixed smoothing factor; level starts at the first value. */
public record ExponentialSmoothing(double alpha) implements PointForecaster {

    public ExponentialSmoothing {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1]");
        }
    }

    @Override
    public String name() {
        return "exp. smoothing (a=" + alpha + ")";
    }

    @Override
    public double[] forecast(double[] history, int horizon) {
        PointForecaster.requireHistory(history, horizon);
        double level = history[0];
        for (int t = 1; t < history.length; t++) {
            level = alpha * history[t] + (1 - alpha) * level;
        }
        double[] out = new double[horizon];
        Arrays.fill(out, level);
        return out;
    }
}
