package dev.priceflow.forecast.elasticity.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Within-SKU sums of the log-log regression ln(units) = a_sku + β·ln(price) + e: x and y are demeaned
 * within the SKU (the fixed effect), so Sxx, Sxy, Syy are centred sums of squares and cross-products.
 */
public record SkuFit(String sku, int weeks, int distinctPrices, double sxx, double sxy, double syy) {

    public static SkuFit of(String sku, List<WeeklyPoint> points) {
        int n = points.size();
        double mx = 0;
        double my = 0;
        Set<Long> cents = new HashSet<>();
        for (WeeklyPoint p : points) {
            mx += Math.log(p.price());
            my += Math.log(p.units());
            cents.add(Math.round(p.price() * 100));
        }
        mx = n == 0 ? 0 : mx / n;
        my = n == 0 ? 0 : my / n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (WeeklyPoint p : points) {
            double x = Math.log(p.price()) - mx;
            double y = Math.log(p.units()) - my;
            sxx += x * x;
            sxy += x * y;
            syy += y * y;
        }
        return new SkuFit(sku, n, cents.size(), sxx, sxy, syy);
    }

    /** Enough weeks and distinct prices for an own estimate. */
    public boolean estimable(int minWeeks, int minDistinctPrices) {
        return weeks >= minWeeks && distinctPrices >= minDistinctPrices && sxx > 1e-12;
    }

    public double beta() {
        return sxy / sxx;
    }

    /** OLS standard error of β with n − 2 degrees of freedom (slope and the SKU's intercept). */
    public double standardError() {
        double rss = Math.max(0, syy - beta() * sxy);
        return Math.sqrt(rss / (weeks - 2) / sxx);
    }
}
