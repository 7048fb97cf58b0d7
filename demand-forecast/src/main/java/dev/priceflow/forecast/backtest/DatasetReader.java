package dev.priceflow.forecast.backtest;

import dev.priceflow.forecast.history.domain.SalesCsv;
import dev.priceflow.forecast.model.domain.Granularity;
import dev.priceflow.forecast.model.domain.Series;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the two shipped weekly data sets, recognised by their header: the Online Retail weekly SKU series
 * (units, average paid price; the non-merchandise codes M and POST are dropped) and Walmart store sales
 * (weekly sales, holiday flag; no price column). Rows must be weekly, contiguous and in date order per series.
 * A daily sales file in import-sales' format goes to {@link SalesFileReader} (daily by default, or weekly).
 */
final class DatasetReader {

    static final String RETAIL_HEADER = "stock_code,week_start,units,revenue,avg_unit_price,n_invoices";
    static final String WALMART_HEADER = "Store,Date,Weekly_Sales,Holiday_Flag";
    private static final Set<String> NON_MERCHANDISE = Set.of("M", "POST");
    private static final DateTimeFormatter WALMART_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** A row that could not be used: line number and reason. */
    static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }

    private record Row(String key, LocalDate date, double value, double price, double holiday) {
    }

    static Dataset read(Path file) throws IOException, BadInput {
        return read(file, null);
    }

    /** @param granularity the one asked for, or null for the file's own (weekly files) or daily (sales files) */
    static Dataset read(Path file, Granularity granularity) throws IOException, BadInput {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new BadInput(file + ": empty file");
        }
        String header = lines.getFirst().strip();
        if (SalesFileReader.recognises(header)) {
            return SalesFileReader.read(file.toString(), lines, granularity == null ? Granularity.DAILY : granularity);
        }
        if (granularity == Granularity.DAILY) {
            throw new BadInput(file + ": a weekly file cannot be backtested daily (--granularity daily needs a "
                    + "daily sales file: " + SalesCsv.HEADER + "[,onPromotion])");
        }
        boolean retail = header.equals(RETAIL_HEADER);
        if (!retail && !header.startsWith(WALMART_HEADER)) {
            throw new BadInput(file + ": unknown header '" + header + "' (expected the online-retail weekly SKU "
                    + "file, Walmart_Store_sales.csv or a daily sales file " + SalesCsv.HEADER + "[,onPromotion])");
        }
        Map<String, List<Row>> byKey = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Row row = parse(line, i + 1, retail);
            if (retail && NON_MERCHANDISE.contains(row.key())) {
                continue;
            }
            byKey.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row);
        }
        if (byKey.isEmpty()) {
            throw new BadInput(file + ": no data rows");
        }
        List<Series> series = new ArrayList<>();
        LocalDate from = LocalDate.MAX;
        LocalDate to = LocalDate.MIN;
        long rows = 0;
        for (Map.Entry<String, List<Row>> e : byKey.entrySet()) {
            List<Row> r = e.getValue();
            series.add(toSeries(e.getKey(), series.size(), r, retail));
            from = r.getFirst().date().isBefore(from) ? r.getFirst().date() : from;
            to = r.getLast().date().isAfter(to) ? r.getLast().date() : to;
            rows += r.size();
        }
        return retail
                ? new Dataset("online-retail weekly SKU units", file.toString(), series, from, to, rows, 52,
                        "codes M and POST dropped; covariates: price/median price, calendar; no holiday/promo data")
                : new Dataset("walmart weekly store sales", file.toString(), series, from, to, rows, 52,
                        "covariates: holiday flag, calendar; no price or promotion column (price covariate 0)");
    }

    private static Row parse(String line, int lineNo, boolean retail) throws BadInput {
        String[] f = line.split(",", -1);
        try {
            if (retail) {
                double price = f[4].isBlank() ? 0 : Double.parseDouble(f[4]);
                return new Row(f[0], LocalDate.parse(f[1]), number(f[2], lineNo, "units"), price, 0);
            }
            return new Row(f[0], LocalDate.parse(f[1], WALMART_DATE), number(f[2], lineNo, "Weekly_Sales"), 0,
                    number(f[3], lineNo, "Holiday_Flag"));
        } catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new BadInput("line " + lineNo + ": cannot parse '" + line + "' (" + e.getMessage() + ")");
        }
    }

    private static double number(String s, int lineNo, String column) throws BadInput {
        double d = Double.parseDouble(s);
        if (!Double.isFinite(d) || d < 0) {
            throw new BadInput("line " + lineNo + ": " + column + " must be a finite non-negative number, was " + s);
        }
        return d;
    }

    private static Series toSeries(String key, int group, List<Row> rows, boolean retail) throws BadInput {
        int n = rows.size();
        double[] values = new double[n];
        double[] price = new double[n];
        double[] holiday = new double[n];
        double[] phase = new double[n];
        double lastPrice = 0;
        for (int t = 0; t < n; t++) {
            Row r = rows.get(t);
            if (t > 0 && ChronoUnit.DAYS.between(rows.get(t - 1).date(), r.date()) != 7) {
                throw new BadInput("series " + key + ": " + r.date() + " does not follow " + rows.get(t - 1).date()
                        + " by one week (out of order or gap)");
            }
            values[t] = r.value();
            lastPrice = r.price() > 0 ? r.price() : lastPrice;   // zero-unit weeks have no paid price
            price[t] = lastPrice;
            holiday[t] = r.holiday();
            LocalDate monday = r.date().with(DayOfWeek.MONDAY);
            phase[t] = (monday.getDayOfYear() - 1) / 365.25;
        }
        return new Series(key, group, values, retail ? price : null, null, holiday, phase);
    }
}
