package dev.priceflow.forecast.model.domain;

/** A baseline that turns a history into a point forecast of the next {@code horizon} periods. */
public interface PointForecaster {

    String name();

    double[] forecast(double[] history, int horizon);

    static void requireHistory(double[] history, int horizon) {
        if (history.length == 0) {
            throw new IllegalArgumentException("empty history");
        }
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be positive, was " + horizon);
        }
    }
}
