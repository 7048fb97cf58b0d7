package dev.priceflow.forecast.training.domain;

import dev.priceflow.forecast.model.domain.Granularity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Daily rows to one contiguous series per SKU at a granularity: DAILY takes the days as they are, WEEKLY sums
 * them into ISO weeks (Monday start). Units summed, average paid price = revenue / units (carried forward over
 * periods without sales, back-filled before the first priced one), promotion share = promo units / units.
 * Periods between a SKU's first and last sold period without rows count as zero sales.
 */
public final class SalesAggregation {

    private SalesAggregation() {
    }

    public static List<SkuHistory> aggregate(List<DailyRow> rows, Granularity granularity) {
        Map<String, TreeMap<LocalDate, double[]>> bySku = new LinkedHashMap<>();
        for (DailyRow r : rows) {
            double[] acc = bySku.computeIfAbsent(r.sku(), k -> new TreeMap<>())
                    .computeIfAbsent(granularity.periodOf(r.day()), k -> new double[3]);
            acc[0] += r.units();
            acc[1] += r.revenue();
            acc[2] += r.promoUnits();
        }
        List<SkuHistory> out = new ArrayList<>();
        bySku.forEach((sku, periods) -> out.add(toHistory(sku, granularity, periods)));
        return out;
    }

    private static SkuHistory toHistory(String sku, Granularity g, TreeMap<LocalDate, double[]> periods) {
        LocalDate first = periods.firstKey();
        int n = g.between(first, periods.lastKey()) + 1;
        double[] units = new double[n];
        double[] price = new double[n];
        double[] promo = new double[n];
        periods.forEach((start, acc) -> {
            int t = g.between(first, start);
            units[t] = acc[0];
            price[t] = acc[0] > 0 && acc[1] > 0 ? acc[1] / acc[0] : 0;
            promo[t] = acc[0] > 0 ? acc[2] / acc[0] : 0;
        });
        double last = 0;
        for (int t = 0; t < n; t++) {
            last = price[t] > 0 ? price[t] : last;
            price[t] = last;
        }
        for (int t = n - 1; t >= 0; t--) {   // periods before the first sale take the first known price
            if (price[t] == 0 && t + 1 < n) {
                price[t] = price[t + 1];
            }
        }
        return new SkuHistory(sku, g, first, units, price, promo);
    }
}
