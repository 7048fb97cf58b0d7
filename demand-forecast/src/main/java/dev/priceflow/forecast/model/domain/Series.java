package dev.priceflow.forecast.model.domain;

import java.util.Arrays;
import java.util.Objects;

/**
 * One demand series with its covariates, all aligned on the same regular periods.
 *
 * @param id          series id (SKU, store, ...)
 * @param group       dense index of the series' group (0..groups-1) for the learned embedding
 * @param values      demand per period (non-negative, finite)
 * @param price       paid/list price per period, or null when the data has no price
 * @param promo       promotion flag per period (0/1)
 * @param holiday     holiday flag per period (0/1)
 * @param yearPhase   position of each period in the calendar year, in [0, 1)
 */
public record Series(String id, int group, double[] values, double[] price, double[] promo, double[] holiday,
                     double[] yearPhase) {

    public Series {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(values, "values");
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("series " + id + " is empty");
        }
        for (int t = 0; t < n; t++) {
            if (!Double.isFinite(values[t]) || values[t] < 0) {
                throw new IllegalArgumentException("series " + id + " has an invalid value at " + t + ": " + values[t]);
            }
        }
        if (group < 0) {
            throw new IllegalArgumentException("negative group for " + id);
        }
        promo = orZeros(promo, n, "promo");
        holiday = orZeros(holiday, n, "holiday");
        yearPhase = orZeros(yearPhase, n, "yearPhase");
        if (price != null && price.length != n) {
            throw new IllegalArgumentException("price length differs from values for " + id);
        }
    }

    private static double[] orZeros(double[] a, int n, String name) {
        if (a == null) {
            return new double[n];
        }
        if (a.length != n) {
            throw new IllegalArgumentException(name + " length " + a.length + " differs from values " + n);
        }
        return a;
    }

    public int length() {
        return values.length;
    }

    /** The first {@code n} periods only: used to cut the holdout off before anything is fitted. */
    public Series head(int n) {
        return new Series(id, group, Arrays.copyOf(values, n), price == null ? null : Arrays.copyOf(price, n),
                Arrays.copyOf(promo, n), Arrays.copyOf(holiday, n), Arrays.copyOf(yearPhase, n));
    }
}
