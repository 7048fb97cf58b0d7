package dev.priceflow.profile.segment.domain;

/**
 * The space k-means works in: recency days, frequency and monetary (the first three features) are heavy-tailed
 * and enter as {@code log1p(x)}; price sensitivity and discount affinity enter as they are. The inverse maps a
 * centroid back to original units.
 */
public final class FeatureSpace {

    static final int LOG_FEATURES = 3;

    private FeatureSpace() {
    }

    public static double[] transform(double[] raw) {
        double[] t = raw.clone();
        for (int i = 0; i < Math.min(LOG_FEATURES, t.length); i++) {
            t[i] = Math.log1p(Math.max(0, t[i]));
        }
        return t;
    }

    public static double[] inverse(double[] t) {
        double[] raw = t.clone();
        for (int i = 0; i < Math.min(LOG_FEATURES, raw.length); i++) {
            raw[i] = Math.expm1(raw[i]);
        }
        return raw;
    }
}
