package dev.priceflow.trends.domain;

/**
 * Momentum of the latest window: the z-score of its engagement score against the trailing baseline of the
 * previous windows (windows without events count as 0), and the anomaly flag it implies.
 */
public record Momentum(double score, double baselineMean, double baselineStdDev, double zScore, Anomaly anomaly) {

    public static Momentum of(double latest, double[] baseline, TrendSettings settings) {
        double mean = 0;
        for (double b : baseline) {
            mean += b;
        }
        mean = baseline.length == 0 ? 0 : mean / baseline.length;
        double variance = 0;
        for (double b : baseline) {
            variance += (b - mean) * (b - mean);
        }
        double std = baseline.length < 2 ? 0 : Math.sqrt(variance / (baseline.length - 1));
        double z = (latest - mean) / Math.max(std, settings.minStdDev());
        Anomaly anomaly = Anomaly.NONE;
        if (z >= settings.spikeZ() && latest >= settings.minSpikeScore()) {
            anomaly = Anomaly.SPIKE;
        } else if (z <= settings.dropZ() && mean >= settings.minDropBaseline()) {
            anomaly = Anomaly.DROP;
        }
        return new Momentum(latest, mean, std, round(z), anomaly);
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
