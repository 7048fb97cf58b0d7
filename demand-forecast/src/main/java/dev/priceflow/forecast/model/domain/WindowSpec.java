package dev.priceflow.forecast.model.domain;

/** Sliding-window geometry: {@code window} input periods predict the next {@code horizon} periods. */
public record WindowSpec(int window, int horizon) {

    public static final int MAX_HORIZON = 366;

    public static final WindowSpec WEEKLY = new WindowSpec(16, 8);
    public static final WindowSpec DAILY = new WindowSpec(56, 28);

    public WindowSpec {
        if (horizon < 1 || horizon > MAX_HORIZON) {
            throw new IllegalArgumentException("horizon must be within 1.." + MAX_HORIZON + ", was " + horizon);
        }
        if (window < 2 || window > 4 * MAX_HORIZON) {
            throw new IllegalArgumentException("window must be within 2.." + 4 * MAX_HORIZON + ", was " + window);
        }
    }

    public int span() {
        return window + horizon;
    }
}
