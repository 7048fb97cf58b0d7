package dev.priceflow.forecast.training.domain;

import dev.priceflow.forecast.model.domain.Series;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Test oracle (the weekly series before {@link SkuHistory}). One SKU's history on contiguous ISO weeks (Monday
 * start) from its first to its last sold week.
 *
 * @param units units per week (0 for weeks without rows)
 * @param price average paid price per week (revenue / units), carried forward over weeks without sales
 * @param promo share of the week's units sold on promotion (0..1)
 */
public record WeeklySeries(String sku, LocalDate firstWeek, double[] units, double[] price, double[] promo) {

    /** Runs of weeks without sales longer than this split a history; only the part after the last one is used. */
    public static final int MAX_GAP_WEEKS = 52;

    /**
     * The history after its last run of more than {@code maxGapWeeks} zero weeks (a SKU that came back after a
     * long pause, or a stray recent sale of an old SKU, must not train or forecast on years of zeros).
     */
    public WeeklySeries sinceLastGap(int maxGapWeeks) {
        int zeros = 0;
        int from = 0;
        for (int t = 0; t < units.length; t++) {
            if (units[t] == 0) {
                zeros++;
            } else {
                if (zeros > maxGapWeeks) {
                    from = t;
                }
                zeros = 0;
            }
        }
        if (from == 0) {
            return this;
        }
        return new WeeklySeries(sku, firstWeek.plusWeeks(from), java.util.Arrays.copyOfRange(units, from, units.length),
                java.util.Arrays.copyOfRange(price, from, price.length),
                java.util.Arrays.copyOfRange(promo, from, promo.length));
    }

    public int length() {
        return units.length;
    }

    public LocalDate lastWeek() {
        return firstWeek.plusWeeks(units.length - 1L);
    }

    /** Position of the week's Monday in its calendar year, in [0, 1). */
    public static double yearPhase(LocalDate week) {
        return (week.with(DayOfWeek.MONDAY).getDayOfYear() - 1) / 365.25;
    }

    /** The model's view: one shared group (the service model is global, no per-SKU embedding row). */
    public Series toSeries() {
        double[] phase = new double[units.length];
        for (int t = 0; t < phase.length; t++) {
            phase[t] = yearPhase(firstWeek.plusWeeks(t));
        }
        return new Series(sku, 0, units, price, promo, null, phase);
    }

    /**
     * This history followed by {@code prices.length} future weeks (units 0, never read) with the given
     * planned prices and promotion flags: the input of a forecast.
     */
    public Series withFuture(double[] prices, double[] promotions) {
        int n = units.length;
        int h = prices.length;
        double[] v = java.util.Arrays.copyOf(units, n + h);
        double[] p = java.util.Arrays.copyOf(price, n + h);
        double[] pr = java.util.Arrays.copyOf(promo, n + h);
        double[] phase = new double[n + h];
        for (int t = 0; t < n + h; t++) {
            phase[t] = yearPhase(firstWeek.plusWeeks(t));
        }
        System.arraycopy(prices, 0, p, n, h);
        System.arraycopy(promotions, 0, pr, n, h);
        return new Series(sku, 0, v, p, pr, null, phase);
    }

    /** Median of the positive weekly prices (the "usual" price that relative prices are measured against). */
    public double medianPrice() {
        double[] known = java.util.Arrays.stream(price).filter(x -> x > 0).sorted().toArray();
        return known.length == 0 ? 0 : known[known.length / 2];
    }

    /** The last positive weekly price, or 0 when the SKU never had revenue. */
    public double lastPrice() {
        for (int t = price.length - 1; t >= 0; t--) {
            if (price[t] > 0) {
                return price[t];
            }
        }
        return 0;
    }
}
