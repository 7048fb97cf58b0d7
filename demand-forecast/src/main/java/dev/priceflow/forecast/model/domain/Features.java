package dev.priceflow.forecast.model.domain;

/**
 * Per-period features. Covariates: price relative to the series' median price (minus 1), promotion flag,
 * holiday flag, sin and cos of the year phase, the scaled value one season earlier and a flag saying whether
 * that value is known (it must lie in the training part). A step input is the scaled value followed by them.
 */
public final class Features {

    public static final int COVARIATES = 7;
    public static final int STEP = 1 + COVARIATES;

    private Features() {
    }

    /** Writes the covariates of period {@code t} at {@code out[offset..offset+COVARIATES)}. */
    static void covariates(Series s, double medianPrice, double priceAt, int t, float[] out, int offset,
                           double scale, int season, int trainEnd) {
        out[offset] = medianPrice > 0 && priceAt > 0 ? (float) (priceAt / medianPrice - 1.0) : 0f;
        out[offset + 1] = (float) s.promo()[t];
        out[offset + 2] = (float) s.holiday()[t];
        double angle = 2 * Math.PI * s.yearPhase()[t];
        out[offset + 3] = (float) Math.sin(angle);
        out[offset + 4] = (float) Math.cos(angle);
        int lagged = t - season;
        boolean known = lagged >= 0 && lagged < trainEnd;
        out[offset + 5] = known ? (float) (s.values()[lagged] / scale) : 0f;
        out[offset + 6] = known ? 1f : 0f;
    }
}
