package dev.priceflow.bench.stats;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one measured phase saw: successful requests (with their latency and the units they carried: events,
 * quotes), errors by label (HTTP status or client-side cause) and notes on successes (e.g. X-Cache values).
 * Latency percentiles are over successes only: a fast 429 must not make a target look quicker.
 */
public final class Tally {

    private final LongAdder ok = new LongAdder();
    private final LongAdder units = new LongAdder();
    private final LatencyRecorder latencies = new LatencyRecorder();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> notes = new ConcurrentHashMap<>();

    public void success(long latencyNanos, long unitCount, String note) {
        ok.increment();
        units.add(unitCount);
        latencies.record(latencyNanos);
        if (note != null) {
            notes.computeIfAbsent(note, k -> new LongAdder()).increment();
        }
    }

    public void error(String label) {
        errors.computeIfAbsent(label, k -> new LongAdder()).increment();
    }

    public RunResult result(String name, String model, double seconds, String unit, Double targetRate) {
        return new RunResult(name, model, seconds, ok.sum(), units.sum(), unit, latencies.snapshot(),
                sums(errors), sums(notes), targetRate, null);
    }

    private static Map<String, Long> sums(Map<String, LongAdder> counters) {
        Map<String, Long> out = new TreeMap<>();
        counters.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
