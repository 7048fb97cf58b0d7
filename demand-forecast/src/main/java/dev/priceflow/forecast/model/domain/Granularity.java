package dev.priceflow.forecast.model.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The period of a series. Each granularity fixes its season (the lag of the seasonal-naive baseline, of the
 * "same period last season" covariate and of the MASE scale), its default window/horizon, the longest horizon
 * it accepts and what the calendar phase covariate means: the year phase for weeks, the day of week for days
 * (both feed the same sin/cos slots, so the model's graph is the same for both).
 */
public enum Granularity {

    DAILY(ChronoUnit.DAYS, 7, new WindowSpec(56, 28), 366, 364),
    WEEKLY(ChronoUnit.WEEKS, 52, new WindowSpec(16, 8), 104, 52);

    private final ChronoUnit unit;
    private final int season;
    private final WindowSpec defaults;
    private final int maxHorizon;
    private final int maxGap;

    Granularity(ChronoUnit unit, int season, WindowSpec defaults, int maxHorizon, int maxGap) {
        this.unit = unit;
        this.season = season;
        this.defaults = defaults;
        this.maxHorizon = maxHorizon;
        this.maxGap = maxGap;
    }

    /** Case-insensitive {@code daily} / {@code weekly}. */
    public static Granularity parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("granularity must be daily or weekly, was '" + s + "'");
        }
    }

    public int season() {
        return season;
    }

    public WindowSpec defaults() {
        return defaults;
    }

    public int maxHorizon() {
        return maxHorizon;
    }

    /** Runs of more zero periods than this split a history (about a year either way). */
    public int maxGap() {
        return maxGap;
    }

    /** "days" or "weeks". */
    public String periods() {
        return unit == ChronoUnit.DAYS ? "days" : "weeks";
    }

    /** The window/horizon asked for, defaults where null; the horizon must be within 1..{@link #maxHorizon()}. */
    public WindowSpec spec(Integer window, Integer horizon) {
        int h = horizon == null ? defaults.horizon() : horizon;
        if (h < 1 || h > maxHorizon) {
            throw new IllegalArgumentException("horizon must be within 1.." + maxHorizon + " " + periods()
                    + " for " + name().toLowerCase(Locale.ROOT) + " data, was " + h);
        }
        return new WindowSpec(window == null ? defaults.window() : window, h);
    }

    /** The period that contains {@code day}: the day itself, or the Monday of its ISO week. */
    public LocalDate periodOf(LocalDate day) {
        return unit == ChronoUnit.DAYS ? day : day.with(DayOfWeek.MONDAY);
    }

    public LocalDate plus(LocalDate periodStart, long periods) {
        return periodStart.plus(periods, unit);
    }

    public int between(LocalDate from, LocalDate to) {
        return (int) unit.between(from, to);
    }

    /** The calendar phase covariate in [0, 1): year phase of the week's Monday, or the day of week. */
    public double phase(LocalDate periodStart) {
        return unit == ChronoUnit.DAYS ? (periodStart.getDayOfWeek().getValue() - 1) / 7.0
                : (periodOf(periodStart).getDayOfYear() - 1) / 365.25;
    }
}
