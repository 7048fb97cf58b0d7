package dev.priceflow.forecast.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestMainTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return BacktestMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Walmart-format file: {@code stores} stores x {@code weeks} Fridays. */
    private Path walmart(int stores, int weeks, boolean swapTwoDates) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Store,Date,Weekly_Sales,Holiday_Flag,Temperature,Fuel_Price,CPI,Unemployment");
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd-MM-yyyy");
        for (int s = 1; s <= stores; s++) {
            for (int w = 0; w < weeks; w++) {
                int week = swapTwoDates && w == 5 ? 6 : swapTwoDates && w == 6 ? 5 : w;
                LocalDate d = LocalDate.of(2010, 2, 5).plusWeeks(week);
                double sales = 1000 * s + 300 * Math.sin(2 * Math.PI * w / 13.0);
                lines.add(s + "," + d.format(f) + "," + sales + "," + (w % 13 == 0 ? 1 : 0) + ",40,2.5,211,8");
            }
        }
        Path p = tmp.resolve("walmart-" + stores + "-" + weeks + "-" + swapTwoDates + ".csv");
        Files.write(p, lines);
        return p;
    }

    /** Daily sales file in import-sales' format: {@code skus} SKUs x {@code days} days, no sales on Sundays. */
    private Path daily(int skus, int days) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("sku,day,units,revenue");
        for (int s = 0; s < skus; s++) {
            for (int d = 0; d < days; d++) {
                LocalDate day = LocalDate.of(2011, 1, 3).plusDays(d);
                if (day.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
                    continue;   // zero-filled by the series builder
                }
                long units = 10 + s + 5 * day.getDayOfWeek().getValue() % 3;
                lines.add("D" + s + "," + day + "," + units + "," + units * 2 + ".50");
            }
        }
        Path p = tmp.resolve("daily-" + skus + "-" + days + ".csv");
        Files.write(p, lines);
        return p;
    }

    @Test
    void backtestsADailySalesFileDailyWithTheDailyBaselines() throws IOException {
        int rc = run("--data", daily(3, 80).toString(), "--granularity", "daily", "--window", "14", "--horizon", "7",
                "--epochs", "1", "--ensemble", "1", "--hidden", "4");
        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(rc).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(table).contains("DAILY, window 14, horizon 7 days = holdout", "| seasonal naive (m=7) |",
                "| moving average (7) |", "3 used of 3 eligible", "2011-01-03 .. 2011-03-23");
    }

    @Test
    void theSameDailyFileBacktestsWeeklyAndItsDefaultsFollowTheGranularity() throws IOException {
        Path file = daily(2, 7 * 45);
        int rc = run("--data", file.toString(), "--granularity", "weekly", "--epochs", "1", "--ensemble", "1",
                "--hidden", "4");
        assertThat(rc).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("WEEKLY, window 16, horizon 8 weeks",
                "| seasonal naive (m=52) |");
    }

    @Test
    void dailyInputErrorsExitWithTwoAndSayWhy() throws IOException {
        Path file = daily(1, 40);
        assertThat(run("--data", file.toString(), "--granularity", "daily", "--horizon", "0")).isEqualTo(2);
        assertThat(run("--data", file.toString(), "--granularity", "daily", "--horizon", "10000")).isEqualTo(2);
        assertThat(run("--data", file.toString(), "--granularity", "daily")).isEqualTo(2);   // 40 < 56+28+28+28
        assertThat(run("--data", file.toString(), "--granularity", "hourly")).isEqualTo(2);
        assertThat(run("--data", walmart(1, 48, false).toString(), "--granularity", "daily")).isEqualTo(2);
        Path bad = tmp.resolve("bad-daily.csv");
        Files.writeString(bad, "sku,day,units,revenue\nA1,2011-01-04,1,1.00\nA1,2011-01-03,1,1.00\n");
        assertThat(run("--data", bad.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(
                "horizon must be within 1..366 days for daily data, was 0",
                "horizon must be within 1..366 days for daily data, was 10000",
                "140 periods needed for window 56 and horizon 28", "granularity must be daily or weekly",
                "a weekly file cannot be backtested daily", "line 3: day 2011-01-03 for SKU A1 is out of order");
    }

    @Test
    void printsTheComparisonTableForASmallFile() throws IOException {
        int rc = run("--data", walmart(3, 48, false).toString(), "--epochs", "2", "--ensemble", "1");
        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(rc).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(table).contains("| LSTM (P10/P50/P90) |", "| seasonal naive (m=52) |", "| moving average (4) |",
                "| exp. smoothing (a=0.3) |", "3 used of 3 eligible", "seeds 42..42");
    }

    @Test
    void badArgumentsAndInputsExitWithTwoAndSayWhy() throws IOException {
        Path ok = walmart(1, 48, false);
        assertThat(run("--data", ok.toString(), "--horizon", "0")).isEqualTo(2);
        assertThat(run("--data", ok.toString(), "--horizon", "10000")).isEqualTo(2);
        assertThat(run("--data", ok.toString(), "--epochs", "x")).isEqualTo(2);
        assertThat(run("--data", tmp.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(run("--data", walmart(1, 48, true).toString())).isEqualTo(2);
        assertThat(run("--data", ok.toString(), "--window", "40")).isEqualTo(2);   // too short for 40+8+8+8
        Path unknown = tmp.resolve("other.csv");
        Files.writeString(unknown, "a,b,c\n1,2,3\n");
        assertThat(run("--data", unknown.toString())).isEqualTo(2);
        Path negative = tmp.resolve("neg.csv");
        Files.writeString(negative, "Store,Date,Weekly_Sales,Holiday_Flag\n1,05-02-2010,-5,0\n");
        assertThat(run("--data", negative.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("horizon must be within 1..104 weeks for weekly data",
                "must be an integer", "cannot read", "out of order or gap", "64 periods needed", "unknown header",
                "line 2: Weekly_Sales must be a finite non-negative number");
    }
}
