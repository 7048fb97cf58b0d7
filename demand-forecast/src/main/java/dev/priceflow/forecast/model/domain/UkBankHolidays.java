package dev.priceflow.forecast.model.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * Bank holidays of England and Wales (the demo shop is a UK retailer), computed by rule: New Year's Day, Good
 * Friday, Easter Monday, early May and spring bank holidays, summer bank holiday, Christmas Day and Boxing Day
 * (weekend ones move to the next working day). The one-off holidays 2011-04-29 and 2022-09-19 and the moved
 * May holidays of 2012, 2020, 2022 and 2023 are listed explicitly; other years' one-offs are not known here.
 */
public final class UkBankHolidays {

    private UkBankHolidays() {
    }

    public static boolean isHoliday(LocalDate d) {
        int y = d.getYear();
        LocalDate easter = easterSunday(y);
        return d.equals(substitute(LocalDate.of(y, 1, 1)))
                || d.equals(easter.minusDays(2)) || d.equals(easter.plusDays(1))
                || d.equals(earlyMay(y)) || d.equals(spring(y))
                || d.equals(LocalDate.of(y, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)))
                || d.equals(substitute(LocalDate.of(y, 12, 25))) || d.equals(boxingDay(y))
                || oneOff(d) || fixedDate(d);
    }

    /** The fixed-date holidays themselves also count when they fall on a weekend (shops close, demand moves). */
    private static boolean fixedDate(LocalDate d) {
        return d.getMonth() == Month.JANUARY && d.getDayOfMonth() == 1
                || d.getMonth() == Month.DECEMBER && (d.getDayOfMonth() == 25 || d.getDayOfMonth() == 26);
    }

    private static LocalDate earlyMay(int y) {
        return switch (y) {
            case 2020 -> LocalDate.of(2020, 5, 8);
            default -> LocalDate.of(y, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        };
    }

    private static LocalDate spring(int y) {
        return switch (y) {
            case 2012 -> LocalDate.of(2012, 6, 4);
            case 2022 -> LocalDate.of(2022, 6, 2);
            default -> LocalDate.of(y, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        };
    }

    private static boolean oneOff(LocalDate d) {
        return d.equals(LocalDate.of(2011, 4, 29)) || d.equals(LocalDate.of(2012, 6, 5))
                || d.equals(LocalDate.of(2022, 6, 3)) || d.equals(LocalDate.of(2022, 9, 19))
                || d.equals(LocalDate.of(2023, 5, 8));
    }

    /** Boxing Day, after Christmas' own substitute when Christmas falls on a weekend. */
    private static LocalDate boxingDay(int y) {
        LocalDate christmas = LocalDate.of(y, 12, 25);
        return switch (christmas.getDayOfWeek()) {
            case SATURDAY -> christmas.plusDays(3);   // Christmas moves to Monday 27th, Boxing Day to Tuesday 28th
            case SUNDAY -> christmas.plusDays(1);     // 26th is a Monday: Boxing Day; Christmas moves to the 27th
            default -> substitute(christmas.plusDays(1));
        };
    }

    /** A weekend holiday moves to the following Monday (Christmas on Sunday moves to Tuesday 27th). */
    private static LocalDate substitute(LocalDate d) {
        if (d.getMonth() == Month.DECEMBER && d.getDayOfMonth() == 25 && d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return d.plusDays(2);
        }
        return switch (d.getDayOfWeek()) {
            case SATURDAY -> d.plusDays(2);
            case SUNDAY -> d.plusDays(1);
            default -> d;
        };
    }

    /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(y, month, day);
    }
}
