package dev.priceflow.trends.domain;

import java.time.Duration;

/**
 * Every tunable of the trend computation.
 *
 * @param hourGrace            how late (event time) an event may arrive and still count in its hourly window
 * @param dayGrace             the same for daily windows
 * @param hourBaselineWindows  how many previous hourly windows form the momentum baseline
 * @param dayBaselineWindows   how many previous daily windows form the momentum baseline
 * @param viewWeight           engagement score weight of a view (likewise cart and purchase)
 * @param spikeZ               z-score at or above which a window is a SPIKE
 * @param dropZ                z-score at or below which a window is a DROP (negative)
 * @param minStdDev            floor for the baseline standard deviation, so a flat baseline does not divide by 0
 * @param minSpikeScore        a SPIKE also needs at least this engagement score in the latest window
 * @param minDropBaseline      a DROP also needs at least this baseline mean (a drop from almost nothing is noise)
 * @param topRising            how many rising products are kept per category and window
 * @param competitorFreshness  competitor prices older than this (against the newest one for the SKU) are ignored
 * @param dedupHorizon         how long event ids are remembered to drop redelivered or replayed events
 */
public record TrendSettings(Duration hourGrace, Duration dayGrace, int hourBaselineWindows, int dayBaselineWindows,
                            double viewWeight, double cartWeight, double purchaseWeight, double spikeZ, double dropZ,
                            double minStdDev, double minSpikeScore, double minDropBaseline, int topRising,
                            Duration competitorFreshness, Duration dedupHorizon) {

    public TrendSettings {
        if (hourBaselineWindows < 2 || dayBaselineWindows < 2) {
            throw new IllegalArgumentException("a baseline needs at least 2 windows");
        }
        if (spikeZ <= 0 || dropZ >= 0 || minStdDev <= 0 || topRising < 1) {
            throw new IllegalArgumentException("spikeZ > 0, dropZ < 0, minStdDev > 0 and topRising >= 1 required");
        }
    }

    /** The documented defaults (docs/trend-analysis.md). */
    public static TrendSettings defaults() {
        return new TrendSettings(Duration.ofMinutes(10), Duration.ofHours(2), 24, 14, 1.0, 3.0, 5.0, 3.0, -3.0,
                1.0, 10.0, 10.0, 10, Duration.ofDays(30), Duration.ofDays(3));
    }
}
