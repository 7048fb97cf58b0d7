package dev.priceflow.bench.lag;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cumulative Prometheus histogram ({@code <metric>_bucket{...,le="x"} n}) as upper bound (seconds) → count.
 * Two scrapes give the histogram of what happened in between ({@link #minus}); percentiles are bucket upper
 * bounds (the smallest bound with at least that share of the samples at or below it), so they are "≤" figures
 * with the bucket's resolution (Micrometer's buckets are about 25-35 % apart).
 */
public record LagHistogram(TreeMap<Double, Double> cumulative) {

    private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

    public static LagHistogram parse(String prometheusText, String metric) {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        String prefix = metric + "_bucket{";
        for (String line : prometheusText.split("\n")) {
            if (!line.startsWith(prefix)) {
                continue;
            }
            int close = line.lastIndexOf('}');
            Matcher le = close < 0 ? null : LE.matcher(line.substring(prefix.length(), close));
            if (le == null || !le.find()) {
                continue;
            }
            double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
            buckets.merge(bound, Double.parseDouble(line.substring(close + 1).trim()), Double::sum);
        }
        return new LagHistogram(buckets);
    }

    /** Samples recorded after {@code earlier} was scraped (a restart in between shows as negative: clamped to 0). */
    public LagHistogram minus(LagHistogram earlier) {
        TreeMap<Double, Double> out = new TreeMap<>();
        for (Map.Entry<Double, Double> e : cumulative.entrySet()) {
            out.put(e.getKey(), Math.max(0, e.getValue() - earlier.cumulative.getOrDefault(e.getKey(), 0.0)));
        }
        return new LagHistogram(out);
    }

    public long count() {
        return cumulative.isEmpty() ? 0 : Math.round(cumulative.lastEntry().getValue());
    }

    /** Upper bound in seconds of the bucket holding the {@code q}-quantile; NaN without samples. */
    public double quantileSeconds(double q) {
        long n = count();
        if (n == 0) {
            return Double.NaN;
        }
        double rank = Math.ceil(q * n);
        for (Map.Entry<Double, Double> e : cumulative.entrySet()) {
            if (e.getValue() >= rank) {
                return e.getKey();
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /**
     * One value per sample, each at its bucket's upper bound in nanoseconds ({@code +Inf} as {@code capNanos}), so
     * that the table's nearest-rank percentiles read the same bucket bounds as {@link #quantileSeconds}.
     */
    public long[] boundsNanos(long capNanos) {
        long[] out = new long[(int) Math.min(count(), 10_000_000L)];
        int i = 0;
        double below = 0;
        for (Map.Entry<Double, Double> e : cumulative.entrySet()) {
            long inBucket = Math.round(e.getValue() - below);
            below = e.getValue();
            long nanos = e.getKey().isInfinite() ? capNanos : Math.round(e.getKey() * 1e9);
            for (long k = 0; k < inBucket && i < out.length; k++) {
                out[i++] = nanos;
            }
        }
        return java.util.Arrays.copyOf(out, i);
    }
}
