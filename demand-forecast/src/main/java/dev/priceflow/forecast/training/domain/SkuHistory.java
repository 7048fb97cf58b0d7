package dev.priceflow.forecast.training.domain;

import dev.priceflow.forecast.model.domain.Granularity;
import dev.priceflow.forecast.model.domain.Series;
import dev.priceflow.forecast.model.domain.UkBankHolidays;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * One SKU's history on contiguous periods (days, or ISO weeks starting Monday) from its first to its last sold
 * period.
 *
 * @param units units per period (0 for periods without rows)
 * @param price average paid price per period (revenue / units), carried forward over periods without sales
 * @param promo share of the period's units sold on promotion (0..1)
 */
public record SkuHistory(String sku, Granularity granularity, LocalDate first, double[] units, double[] price,
                         double[] promo) {

    /**
     * The history after its last run of more than {@link Granularity#maxGap()} zero periods (a SKU that came back
     * after a long pause, or a stray recent sale of an old SKU, must not train or forecast on a year of zeros).
     */
    public SkuHistory sinceLastGap() {
        int zeros = 0;
        int from = 0;
        for (int t = 0; t < units.length; t++) {
            if (units[t] == 0) {
                zeros++;
            } else {
                if (zeros > granularity.maxGap()) {
                    from = t;
                }
                zeros = 0;
            }
        }
        if (from == 0) {
            return this;
        }
        return new SkuHistory(sku, granularity, granularity.plus(first, from),
                Arrays.copyOfRange(units, from, units.length), Arrays.copyOfRange(price, from, price.length),
                Arrays.copyOfRange(promo, from, promo.length));
    }

    public int length() {
        return units.length;
    }

    public LocalDate periodStart(int t) {
        return granularity.plus(first, t);
    }

    public LocalDate last() {
        return periodStart(units.length - 1);
    }

    /** The model's view: one shared group (the service model is global, no per-SKU embedding row). */
    public Series toSeries() {
        return withFuture(new double[0], new double[0]);
    }

    /**
     * This history followed by {@code prices.length} future periods (units 0, never read) with the given planned
     * prices and promotion flags: the input of a forecast. Daily periods carry the UK bank-holiday flag (known in
     * advance); weekly ones none, as the weekly models were trained.
     */
    public Series withFuture(double[] prices, double[] promotions) {
        int n = units.length;
        int total = n + prices.length;
        double[] p = Arrays.copyOf(price, total);
        double[] pr = Arrays.copyOf(promo, total);
        System.arraycopy(prices, 0, p, n, prices.length);
        System.arraycopy(promotions, 0, pr, n, prices.length);
        double[] phase = new double[total];
        double[] holiday = granularity == Granularity.DAILY ? new double[total] : null;
        for (int t = 0; t < total; t++) {
            LocalDate start = periodStart(t);
            phase[t] = granularity.phase(start);
            if (holiday != null) {
                holiday[t] = UkBankHolidays.isHoliday(start) ? 1 : 0;
            }
        }
        return new Series(sku, 0, Arrays.copyOf(units, total), p, pr, holiday, phase);
    }

    /** The last positive price, or 0 when the SKU never had revenue. */
    public double lastPrice() {
        for (int t = price.length - 1; t >= 0; t--) {
            if (price[t] > 0) {
                return price[t];
            }
        }
        return 0;
    }
}
