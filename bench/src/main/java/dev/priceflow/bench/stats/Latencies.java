package dev.priceflow.bench.stats;

import java.util.Arrays;

/** Latencies of one run, sorted; percentiles by the nearest-rank rule (exact, no histogram buckets). */
public final class Latencies {

    private final long[] sortedNanos;

    private Latencies(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    public static Latencies of(long[] nanos, int count) {
        long[] copy = Arrays.copyOf(nanos, count);
        Arrays.sort(copy);
        return new Latencies(copy);
    }

    public int count() {
        return sortedNanos.length;
    }

    /** The smallest latency with at least {@code percent} % of the samples at or below it; NaN without samples. */
    public double percentileMillis(double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be in (0, 100]: " + percent);
        }
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(rank, 1) - 1] / 1_000_000.0;
    }
}
