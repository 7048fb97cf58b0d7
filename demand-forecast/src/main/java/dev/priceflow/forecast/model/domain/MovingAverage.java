package dev.priceflow.forecast.model.domain;

/** Flat forecast at the mean of the last {@code span} periods (fewer if the history is shorter). */
public record MovingAverage(int span) implements PointForecaster {

    public MovingAverage {
        if (span < 1) {
            throw new IllegalArgumentException("span must be positive");
        }
    }

    @Override
    public String name() {
        return "moving average (" + span + ")";
    }

    @Override
    public double[] forecast(double[] history, int horizon) {
        PointForecaster.requireHistory(history, horizon);
        int from = Math.max(0, history.length - span);
        double sum = 0;
        for (int t = from; t < history.length; t++) {
            sum += history[t];
        }
        double[] out = new double[horizon];
        java.util.Arrays.fill(out, sum / (history.length - from));
        return out;
    }
}
