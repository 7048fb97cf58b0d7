package dev.priceflow.forecast.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.forecast.model.domain.Granularity;
import dev.priceflow.forecast.model.domain.Series;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SalesAggregationTest {

    private static DailyRow row(String sku, String day, long units, double revenue, long promo) {
        return new DailyRow(sku, LocalDate.parse(day), units, revenue, promo);
    }

    @Test
    void dailySeriesAreZeroFilledBetweenFirstAndLastSaleWithCalendarCovariates() {
        List<SkuHistory> daily = SalesAggregation.aggregate(List.of(
                row("A", "2011-12-23", 4, 8.0, 0),      // Friday
                row("A", "2011-12-27", 2, 5.0, 2)), Granularity.DAILY);   // Tuesday (substitute Christmas)

        SkuHistory a = daily.getFirst();
        assertThat(a.first()).isEqualTo(LocalDate.parse("2011-12-23"));
        assertThat(a.units()).containsExactly(4, 0, 0, 0, 2);
        assertThat(a.price()).containsExactly(2.0, 2.0, 2.0, 2.0, 2.5);   // carried forward over empty days
        assertThat(a.promo()).containsExactly(0, 0, 0, 0, 1);
        Series s = a.toSeries();
        assertThat(s.holiday()).containsExactly(0, 0, 1, 1, 1);   // 25th, 26th and the substitute 27th
        assertThat(s.yearPhase()[0]).isEqualTo(4 / 7.0);         // Friday
        Series future = a.withFuture(new double[] {3.0, 3.0}, new double[] {0, 1});
        assertThat(future.length()).isEqualTo(7);
        assertThat(future.price()).endsWith(3.0, 3.0);
        assertThat(future.yearPhase()[5]).isEqualTo(2 / 7.0);     // Wednesday 28th
    }

    @Test
    void aDailyHistoryAfterMoreThanAYearWithoutSalesStartsAgain() {
        SkuHistory h = SalesAggregation.aggregate(List.of(row("B", "2010-01-01", 1, 1.0, 0),
                row("B", "2011-06-01", 3, 3.0, 0), row("B", "2011-06-03", 1, 1.0, 0)), Granularity.DAILY).getFirst();

        SkuHistory recent = h.sinceLastGap();
        assertThat(recent.first()).isEqualTo(LocalDate.parse("2011-06-01"));
        assertThat(recent.units()).containsExactly(3, 0, 1);
    }

    /** Property (seeded, 500 cases): the weekly path equals the weekly aggregation that weekly models trained on. */
    @Test
    void weeklyHistoriesAreExactlyTheWeeklyAggregation() {
        Random random = new Random(20261126);
        for (int c = 0; c < 500; c++) {
            List<DailyRow> rows = new ArrayList<>();
            LocalDate day = LocalDate.parse("2010-01-01").plusDays(random.nextInt(400));
            int n = 1 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                long units = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(20);
                rows.add(new DailyRow("S", day, units, units * (1 + random.nextInt(500) / 100.0),
                        random.nextBoolean() ? units : 0));
                day = day.plusDays(1 + random.nextInt(random.nextInt(10) == 0 ? 500 : 12));
            }
            WeeklySeries expected = WeeklyAggregation.aggregate(rows).getFirst().sinceLastGap(WeeklySeries.MAX_GAP_WEEKS);
            SkuHistory actual = SalesAggregation.aggregate(rows, Granularity.WEEKLY).getFirst().sinceLastGap();
            Series e = expected.toSeries();
            Series a = actual.toSeries();
            String failing = "case " + c + ": " + rows;
            assertThat(actual.first()).as(failing).isEqualTo(expected.firstWeek());
            assertThat(a.values()).as(failing).containsExactly(e.values());
            assertThat(a.price()).as(failing).containsExactly(e.price());
            assertThat(a.promo()).as(failing).containsExactly(e.promo());
            assertThat(a.holiday()).as(failing).containsExactly(e.holiday());
            assertThat(a.yearPhase()).as(failing).containsExactly(e.yearPhase());
        }
    }
}
