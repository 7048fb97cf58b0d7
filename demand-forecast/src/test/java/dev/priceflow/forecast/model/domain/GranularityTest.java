package dev.priceflow.forecast.model.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GranularityTest {

    @Test
    void eachGranularityHasItsSeasonDefaultsAndHorizonLimit() {
        assertThat(Granularity.DAILY.season()).isEqualTo(7);
        assertThat(Granularity.DAILY.spec(null, null)).isEqualTo(new WindowSpec(56, 28));
        assertThat(Granularity.WEEKLY.season()).isEqualTo(52);
        assertThat(Granularity.WEEKLY.spec(null, null)).isEqualTo(new WindowSpec(16, 8));
        assertThat(Granularity.DAILY.spec(30, 14)).isEqualTo(new WindowSpec(30, 14));
        assertThat(Granularity.parse(" Daily ")).isEqualTo(Granularity.DAILY);
    }

    @Test
    void aHorizonOutsideTheGranularitysRangeIsRefusedWithTheRange() {
        assertThatThrownBy(() -> Granularity.DAILY.spec(null, 0))
                .hasMessage("horizon must be within 1..366 days for daily data, was 0");
        assertThatThrownBy(() -> Granularity.WEEKLY.spec(null, 10_000))
                .hasMessage("horizon must be within 1..104 weeks for weekly data, was 10000");
        assertThatThrownBy(() -> Granularity.parse("hourly")).hasMessageContaining("daily or weekly");
    }

    @Test
    void periodsAndPhases() {
        LocalDate wednesday = LocalDate.parse("2011-12-07");
        assertThat(Granularity.DAILY.periodOf(wednesday)).isEqualTo(wednesday);
        assertThat(Granularity.WEEKLY.periodOf(wednesday)).isEqualTo(LocalDate.parse("2011-12-05"));
        assertThat(Granularity.DAILY.phase(wednesday)).isEqualTo(2 / 7.0);
        assertThat(Granularity.WEEKLY.phase(LocalDate.parse("2011-01-03"))).isEqualTo(2 / 365.25);
        assertThat(Granularity.DAILY.plus(wednesday, 28)).isEqualTo(LocalDate.parse("2012-01-04"));
        assertThat(Granularity.WEEKLY.between(LocalDate.parse("2011-12-05"), LocalDate.parse("2012-01-02"))).isEqualTo(4);
    }

    @Test
    void ukBankHolidaysByRuleWithSubstituteDays() {
        assertThat(UkBankHolidays.easterSunday(2011)).isEqualTo(LocalDate.parse("2011-04-24"));
        assertThat(UkBankHolidays.easterSunday(2024)).isEqualTo(LocalDate.parse("2024-03-31"));
        // 2010: Christmas on a Saturday, Boxing Day on a Sunday -> Monday 27th and Tuesday 28th
        assertThat(UkBankHolidays.isHoliday(LocalDate.parse("2010-12-27"))).isTrue();
        assertThat(UkBankHolidays.isHoliday(LocalDate.parse("2010-12-28"))).isTrue();
        assertThat(UkBankHolidays.isHoliday(LocalDate.parse("2010-12-29"))).isFalse();
        assertThat(UkBankHolidays.isHoliday(LocalDate.parse("2011-01-03"))).isTrue();   // New Year on a Saturday
        assertThat(UkBankHolidays.isHoliday(LocalDate.parse("2011-04-22"))).isTrue();   // Good Friday
        assertThat(UkBankHolidays.isHoliday(LocalDate.parse("2011-04-25"))).isTrue();   // Easter Monday
        assertThat(UkBankHolidays.isHoliday(LocalDate.parse("2011-04-29"))).isTrue();   // royal wedding
        assertThat(UkBankHolidays.isHoliday(LocalDate.parse("2011-05-02"))).isTrue();   // early May
        assertThat(UkBankHolidays.isHoliday(LocalDate.parse("2011-05-30"))).isTrue();   // spring
        assertThat(UkBankHolidays.isHoliday(LocalDate.parse("2011-08-29"))).isTrue();   // summer
        assertThat(UkBankHolidays.isHoliday(LocalDate.parse("2011-12-27"))).isTrue();   // Christmas on a Sunday
        assertThat(UkBankHolidays.isHoliday(LocalDate.parse("2011-12-26"))).isTrue();
        assertThat(UkBankHolidays.isHoliday(LocalDate.parse("2011-06-15"))).isFalse();
    }
}
