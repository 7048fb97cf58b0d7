package dev.priceflow.trends.domain;

/** How a window compares to its trailing baseline (thresholds: {@link TrendSettings}). */
public enum Anomaly {
    NONE, SPIKE, DROP
}
