package dev.priceflow.forecast.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyAggregationTest {

    private static DailyRow row(String sku, String day, long units, double revenue, long promo) {
        return new DailyRow(sku, LocalDate.parse(day), units, revenue, promo);
    }

    @Test
    void sumsDaysIntoIsoWeeksWithAveragePricePromoShareAndZeroWeeksInBetween() {
        List<WeeklySeries> weekly = WeeklyAggregation.aggregate(List.of(
                row("A", "2025-01-07", 2, 4.00, 0),      // Tuesday of the week of Mon 2025-01-06
                row("A", "2025-01-12", 2, 6.00, 2),      // Sunday, same ISO week
                row("A", "2025-01-20", 1, 2.50, 0),      // two weeks later; the week of 01-13 has no rows
                row("B", "2025-01-06", 5, 10.00, 5)));

        assertThat(weekly).hasSize(2);
        WeeklySeries a = weekly.getFirst();
        assertThat(a.sku()).isEqualTo("A");
        assertThat(a.firstWeek()).isEqualTo(LocalDate.parse("2025-01-06"));
        assertThat(a.lastWeek()).isEqualTo(LocalDate.parse("2025-01-20"));
        assertThat(a.units()).containsExactly(4, 0, 1);
        assertThat(a.price()[0]).isCloseTo(2.5, within(1e-9));
        assertThat(a.price()[1]).as("carried forward").isCloseTo(2.5, within(1e-9));
        assertThat(a.price()[2]).isCloseTo(2.5, within(1e-9));
        assertThat(a.promo()).containsExactly(0.5, 0, 0);
        assertThat(weekly.get(1).promo()).containsExactly(1.0);
    }

    @Test
    void weeksStartOnMondayAcrossTheYearBoundaryAndZeroRevenueWeeksTakeTheNextKnownPrice() {
        List<WeeklySeries> weekly = WeeklyAggregation.aggregate(List.of(
                row("C", "2024-12-29", 3, 0, 0),          // Sunday: ISO week starting Mon 2024-12-23
                row("C", "2024-12-30", 1, 3.00, 0)));     // Monday 2024-12-30 (ISO week 1 of 2025)

        WeeklySeries c = weekly.getFirst();
        assertThat(c.firstWeek()).isEqualTo(LocalDate.parse("2024-12-23"));
        assertThat(c.units()).containsExactly(3, 1);
        assertThat(c.price()).containsExactly(3.0, 3.0);
        assertThat(c.medianPrice()).isEqualTo(3.0);
        assertThat(c.toSeries().length()).isEqualTo(2);
        assertThat(c.withFuture(new double[] {4.0}, new double[] {1}).price()).containsExactly(3.0, 3.0, 4.0);
    }

    @Test
    void historyBeforeAPauseOfMoreThanAYearIsDropped() {
        List<WeeklySeries> weekly = WeeklyAggregation.aggregate(List.of(
                row("D", "2011-01-03", 4, 8, 0),
                row("D", "2011-01-10", 5, 10, 0),
                row("D", "2026-11-23", 1, 3, 0)));
        WeeklySeries d = weekly.getFirst();
        assertThat(d.length()).isGreaterThan(52);
        WeeklySeries recent = d.sinceLastGap(WeeklySeries.MAX_GAP_WEEKS);
        assertThat(recent.firstWeek()).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(recent.units()).containsExactly(1);
        assertThat(recent.price()).containsExactly(3.0);

        WeeklySeries shortPause = WeeklyAggregation.aggregate(List.of(row("E", "2025-01-06", 1, 2, 0),
                row("E", "2025-06-02", 1, 2, 0))).getFirst();
        assertThat(shortPause.sinceLastGap(WeeklySeries.MAX_GAP_WEEKS)).isSameAs(shortPause);
    }
}
