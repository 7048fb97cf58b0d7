package dev.priceflow.pricing.optimize.domain;

/**
 * The bounded stock-cover adjustment. Cover = stock / expected units a day at the optimal price.
 * <ul>
 *   <li>cover above {@code overstockDays}: the price goes down by {@code maxPercent * min(1, (cover -
 *       overstockDays) / overstockDays)} percent (double the threshold or more = the full step);</li>
 *   <li>cover below {@code scarcityDays}: the price goes up by {@code maxPercent * (1 - cover / scarcityDays)}
 *       percent (out of stock = the full step);</li>
 *   <li>otherwise, or when no demand is expected, no change.</li>
 * </ul>
 */
public record StockRule(double overstockDays, double scarcityDays, double maxPercent) {

    public StockRule {
        if (!(scarcityDays > 0) || !(overstockDays > scarcityDays) || !(maxPercent >= 0) || maxPercent > 50) {
            throw new IllegalArgumentException("need 0 < scarcityDays < overstockDays and 0 <= maxPercent <= 50");
        }
    }

    public static StockRule defaults() {
        return new StockRule(60, 7, 20);
    }

    /** The multiplicative factor for a cover in days (NaN or infinite cover: no demand, no change). */
    public double factor(double coverDays) {
        if (!Double.isFinite(coverDays)) {
            return 1;
        }
        if (coverDays > overstockDays) {
            return 1 - maxPercent / 100 * Math.min(1, (coverDays - overstockDays) / overstockDays);
        }
        if (coverDays < scarcityDays) {
            return 1 + maxPercent / 100 * (1 - coverDays / scarcityDays);
        }
        return 1;
    }
}
