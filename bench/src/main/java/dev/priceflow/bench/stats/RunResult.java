package dev.priceflow.bench.stats;

import java.util.Map;

/**
 * One row of the table. {@code units} counts what a success carried ({@code unit}: "req", "events",
 * "quotes"); {@code targetRate} is set for fixed-rate runs; {@code failure} says why a target could not be
 * measured at all (then the counts are empty).
 */
public record RunResult(String name, String model, double seconds, long ok, long units, String unit,
                        Latencies latencies, Map<String, Long> errors, Map<String, Long> notes,
                        Double targetRate, String failure) {

    public RunResult {
        errors = Map.copyOf(errors);
        notes = Map.copyOf(notes);
    }

    public static RunResult failed(String name, String why) {
        return new RunResult(name, "-", 0, 0, 0, "req", Latencies.of(new long[0], 0), Map.of(), Map.of(), null,
                why);
    }

    public double okPerSecond() {
        return seconds > 0 ? ok / seconds : 0;
    }

    public double unitsPerSecond() {
        return seconds > 0 ? units / seconds : 0;
    }

    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A fixed-rate run met its rate when at least 95 % of the scheduled requests succeeded in time. */
    public boolean rateAchieved() {
        return targetRate != null && okPerSecond() >= 0.95 * targetRate;
    }
}
