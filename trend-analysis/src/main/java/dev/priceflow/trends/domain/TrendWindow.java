package dev.priceflow.trends.domain;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** The two tumbling window sizes trends are computed on. */
public enum TrendWindow {
    HOUR(Duration.ofHours(1)), DAY(Duration.ofDays(1));

    private final Duration size;

    TrendWindow(Duration size) {
        this.size = size;
    }

    public Duration size() {
        return size;
    }

    /** Lower-case name used on the wire, in store names and in Redis keys: {@code hour}, {@code day}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Duration grace(TrendSettings settings) {
        return this == HOUR ? settings.hourGrace() : settings.dayGrace();
    }

    public int baselineWindows(TrendSettings settings) {
        return this == HOUR ? settings.hourBaselineWindows() : settings.dayBaselineWindows();
    }

    /** How long window stores keep windows: the baseline, the current window and the grace period. */
    public Duration retention(TrendSettings settings) {
        return size.multipliedBy(baselineWindows(settings) + 2L).plus(grace(settings));
    }

    public static Optional<TrendWindow> fromLabel(String label) {
        for (TrendWindow w : values()) {
            if (w.label().equals(label)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
