package dev.priceflow.forecast.training.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The weekly aggregation the service used before {@link SalesAggregation} (kept in the tests as the oracle that
 * the weekly path did not change). Daily rows to ISO-week series per SKU: units summed, average paid price =
 * revenue / units (carried forward over weeks without sales, back-filled before the first priced week),
 * promotion share = promo units / units.
 * Weeks between a SKU's first and last sold week without rows count as zero sales.
 */
public final class WeeklyAggregation {

    private WeeklyAggregation() {
    }

    public static LocalDate weekOf(LocalDate day) {
        return day.with(DayOfWeek.MONDAY);
    }

    public static List<WeeklySeries> aggregate(List<DailyRow> rows) {
        Map<String, TreeMap<LocalDate, double[]>> bySku = new LinkedHashMap<>();
        for (DailyRow r : rows) {
            double[] acc = bySku.computeIfAbsent(r.sku(), k -> new TreeMap<>())
                    .computeIfAbsent(weekOf(r.day()), k -> new double[3]);
            acc[0] += r.units();
            acc[1] += r.revenue();
            acc[2] += r.promoUnits();
        }
        List<WeeklySeries> out = new ArrayList<>();
        bySku.forEach((sku, weeks) -> out.add(toSeries(sku, weeks)));
        return out;
    }

    private static WeeklySeries toSeries(String sku, TreeMap<LocalDate, double[]> weeks) {
        LocalDate first = weeks.firstKey();
        int n = (int) ChronoUnit.WEEKS.between(first, weeks.lastKey()) + 1;
        double[] units = new double[n];
        double[] price = new double[n];
        double[] promo = new double[n];
        weeks.forEach((week, acc) -> {
            int t = (int) ChronoUnit.WEEKS.between(first, week);
            units[t] = acc[0];
            price[t] = acc[0] > 0 && acc[1] > 0 ? acc[1] / acc[0] : 0;
            promo[t] = acc[0] > 0 ? acc[2] / acc[0] : 0;
        });
        double last = 0;
        for (int t = 0; t < n; t++) {
            last = price[t] > 0 ? price[t] : last;
            price[t] = last;
        }
        for (int t = n - 1; t >= 0; t--) {   // weeks before the first sale take the first known price
            if (price[t] == 0 && t + 1 < n) {
                price[t] = price[t + 1];
            }
        }
        return new WeeklySeries(sku, first, units, price, promo);
    }
}
