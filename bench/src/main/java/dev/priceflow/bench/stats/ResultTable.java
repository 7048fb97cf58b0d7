package dev.priceflow.bench.stats;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders the results as one Markdown table. Throughput rows are compared with the baseline (mean successes
 * per second of {@value #BASELINE} at the start and {@value #BASELINE_END} after the request targets); event
 * ingestion with the raw producer ({@value #RAW_PRODUCER},
 * events per second); fixed-rate rows say whether their rate was met.
 */
public final class ResultTable {

    public static final String BASELINE = "hello";
    /** The baseline again after every other target: the ratio uses the mean, the drift shows the noise. */
    public static final String BASELINE_END = "hello-end";
    public static final String RAW_PRODUCER = "kafka-raw";
    public static final String INGEST = "ingest";

    private ResultTable() {
    }

    public static String render(List<RunResult> results) {
        Optional<Double> baseline = baselineRate(results);
        Optional<RunResult> raw = find(results, RAW_PRODUCER);
        StringBuilder out = new StringBuilder();
        out.append("| target | load | ok/s | units/s | p50 ms | p99 ms | errors | ratio |\n");
        out.append("|---|---|---:|---:|---:|---:|---|---|\n");
        for (RunResult r : results) {
            if (r.failure() != null) {
                out.append("| ").append(r.name()).append(" | - | - | - | - | - | not measured: ")
                        .append(r.failure().replace('|', '/')).append(" | - |\n");
                continue;
            }
            out.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %s | %s | %s | %s | %s |%n", r.name(),
                    r.model(), r.okPerSecond(), units(r), millis(r.latencies().percentileMillis(50)),
                    millis(r.latencies().percentileMillis(99)), errors(r), ratio(r, baseline, raw)));
        }
        return out.toString();
    }

    static String ratio(RunResult r, Optional<Double> baseline, Optional<RunResult> raw) {
        if (r.targetRate() != null) {
            return r.rateAchieved()
                    ? String.format(Locale.ROOT, "rate met (%.0f/s)", r.targetRate())
                    : String.format(Locale.ROOT, "rate NOT met (%.0f of %.0f/s)", r.okPerSecond(), r.targetRate());
        }
        if (r.name().equals(BASELINE) || r.name().equals(BASELINE_END)) {
            Optional<RunResult> start = find(List.of(r), BASELINE);
            return find(List.of(r), BASELINE_END).isPresent() && baseline.isPresent()
                    ? String.format(Locale.ROOT, "baseline (end ÷ mean %.2f)", r.okPerSecond() / baseline.get())
                    : start.isPresent() && baseline.isPresent()
                    ? String.format(Locale.ROOT, "baseline (start ÷ mean %.2f)", r.okPerSecond() / baseline.get())
                    : "baseline";
        }
        if (r.name().equals(RAW_PRODUCER)) {
            return "baseline of ingest";
        }
        if (r.name().equals(INGEST)) {
            return raw.filter(b -> b.unitsPerSecond() > 0)
                    .map(b -> String.format(Locale.ROOT, "%.2f of raw events/s", r.unitsPerSecond() / b.unitsPerSecond()))
                    .orElse("no raw producer run");
        }
        return baseline.filter(b -> b > 0)
                .map(b -> String.format(Locale.ROOT, "%.2f of baseline", r.okPerSecond() / b))
                .orElse("no baseline run");
    }

    /** Mean ok/s of the baseline runs (start, and end when there is one). */
    static Optional<Double> baselineRate(List<RunResult> results) {
        var rates = results.stream().filter(r -> r.failure() == null)
                .filter(r -> r.name().equals(BASELINE) || r.name().equals(BASELINE_END))
                .mapToDouble(RunResult::okPerSecond).toArray();
        return rates.length == 0 ? Optional.empty() : Optional.of(java.util.Arrays.stream(rates).average().orElse(0));
    }

    private static String units(RunResult r) {
        return r.unit().equals("req") ? "-" : String.format(Locale.ROOT, "%.0f %s/s", r.unitsPerSecond(), r.unit());
    }

    private static String millis(double ms) {
        return Double.isNaN(ms) ? "-" : String.format(Locale.ROOT, "%.2f", ms);
    }

    private static String errors(RunResult r) {
        String errors = r.errors().isEmpty() ? "0" : r.errors().entrySet().stream()
                .map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(", "));
        String notes = r.notes().entrySet().stream()
                .map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(", "));
        return notes.isEmpty() ? errors : errors + " (ok: " + notes + ")";
    }

    private static Optional<RunResult> find(List<RunResult> results, String name) {
        return results.stream().filter(r -> r.name().equals(name) && r.failure() == null).findFirst();
    }
}
