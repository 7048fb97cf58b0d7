package dev.priceflow.forecast.history.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Validates a sales-history CSV completely before anything is written. Header {@code sku,day,units,revenue}
 * with an optional fifth column {@code onPromotion}; every data row is checked by {@link SalesCsvRow}, and
 * per SKU the days must strictly ascend (a repeated (sku, day) is reported as a duplicate). Every bad line
 * is counted; the first {@code maxReported} are reported with their line number (header = line 1).
 */
public final class SalesCsv {

    public static final String HEADER = "sku,day,units,revenue";
    public static final String HEADER_WITH_PROMOTION = HEADER + ",onPromotion";

    private final int maxReported;

    public SalesCsv(int maxReported) {
        this.maxReported = maxReported;
    }

    public Result validate(Iterator<String> lines) {
        Errors errors = new Errors(maxReported);
        if (!lines.hasNext()) {
            errors.add(1, "the file is empty (expected the header " + HEADER + "[,onPromotion])");
            return errors.result();
        }
        String header = strip(lines.next()).replace('\uFEFF', ' ').strip();
        int columns;
        if (header.equalsIgnoreCase(HEADER)) {
            columns = 4;
        } else if (header.equalsIgnoreCase(HEADER_WITH_PROMOTION)) {
            columns = 5;
        } else {
            errors.add(1, "the header must be '" + HEADER + "' or '" + HEADER_WITH_PROMOTION + "'");
            return errors.result();
        }
        List<DailySales> rows = new ArrayList<>();
        Map<String, DayAt> lastBySku = new HashMap<>();
        Map<String, Long> firstLineOf = new HashMap<>();
        long lineNo = 1;
        while (lines.hasNext()) {
            lineNo++;
            String line = strip(lines.next());
            if (line.isEmpty() && !lines.hasNext()) {
                break; // a trailing blank line
            }
            SalesCsvRow.Parsed parsed = SalesCsvRow.parse(line, columns);
            if (parsed instanceof SalesCsvRow.Parsed.Bad bad) {
                errors.add(lineNo, bad.reason());
                continue;
            }
            DailySales row = ((SalesCsvRow.Parsed.Good) parsed).row();
            Long earlier = firstLineOf.putIfAbsent(row.sku() + '|' + row.day(), lineNo);
            if (earlier != null) {
                errors.add(lineNo, "duplicate day " + row.day() + " for SKU " + row.sku() + " (first on line " + earlier + ")");
                continue;
            }
            DayAt last = lastBySku.get(row.sku());
            if (last != null && !row.day().isAfter(last.day())) {
                errors.add(lineNo, "day " + row.day() + " for SKU " + row.sku() + " is out of order (line "
                        + last.line() + " has " + last.day() + "; days must ascend per SKU)");
                continue;
            }
            lastBySku.put(row.sku(), new DayAt(row.day(), lineNo));
            rows.add(row);
        }
        if (errors.total() == 0 && rows.isEmpty()) {
            errors.add(1, "the file has a header but no data rows");
        }
        return errors.total() > 0 ? errors.result() : new Result.Valid(rows, summary(rows, lastBySku.size()));
    }

    private static ImportSummary summary(List<DailySales> rows, int skus) {
        var from = rows.stream().map(DailySales::day).min(java.util.Comparator.naturalOrder()).orElseThrow();
        var to = rows.stream().map(DailySales::day).max(java.util.Comparator.naturalOrder()).orElseThrow();
        return new ImportSummary(rows.size(), skus, from, to);
    }

    private static String strip(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private record DayAt(java.time.LocalDate day, long line) {
    }

    private static final class Errors {
        private final int cap;
        private final List<LineError> reported = new ArrayList<>();
        private long total;

        Errors(int cap) {
            this.cap = cap;
        }

        void add(long line, String reason) {
            total++;
            if (reported.size() < cap) {
                reported.add(new LineError(line, reason));
            }
        }

        long total() {
            return total;
        }

        Result result() {
            return new Result.Invalid(List.copyOf(reported), total);
        }
    }

    /** The outcome: every row (in file order) with a summary, or the bad lines (at most the cap) and their total. */
    public sealed interface Result {
        record Valid(List<DailySales> rows, ImportSummary summary) implements Result {
        }

        record Invalid(List<LineError> errors, long totalErrors) implements Result {
        }
    }
}
