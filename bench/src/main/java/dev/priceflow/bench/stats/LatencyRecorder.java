package dev.priceflow.bench.stats;

import java.util.Arrays;

/** Thread-safe append-only list of latencies in nanoseconds (a lock is cheap next to an HTTP round trip). */
public final class LatencyRecorder {

    private long[] nanos = new long[1 << 14];
    private int count;

    public synchronized void record(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, nanos.length * 2);
        }
        nanos[count++] = latencyNanos;
    }

    public synchronized Latencies snapshot() {
        return Latencies.of(nanos, count);
    }
}
