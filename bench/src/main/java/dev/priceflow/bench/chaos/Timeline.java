package dev.priceflow.bench.chaos;

import dev.priceflow.bench.chaos.LoadStream.Outcome;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongPredicate;

/**
 * One stream's outcomes placed on the round's timeline (by the time each answer arrived): before the kill
 * (the shared stack's noise), the outage (kill until the restart script saw the component healthy) and after it.
 */
record Timeline(List<Outcome> outcomes, long killAt, long upAt) {

    long total() {
        return outcomes.size();
    }

    long ok() {
        return outcomes.stream().filter(Outcome::ok).count();
    }

    Map<String, Long> failuresBeforeKill() {
        return failures(t -> t < killAt);
    }

    /** Failures (by label) of requests answered between the kill and health UP. */
    Map<String, Long> failuresDuringOutage() {
        return failures(t -> t >= killAt && t <= upAt);
    }

    /** Failures (by label) of requests answered after health UP. */
    Map<String, Long> failuresAfterUp() {
        return failures(t -> t > upAt);
    }

    /** Seconds from the kill to the end of the last failed request (-1 when nothing failed after the kill). */
    double lastFailureAfterKill() {
        return outcomes.stream().filter(x -> !x.ok() && x.endNanos() >= killAt).mapToLong(Outcome::endNanos).max()
                .stream().mapToDouble(t -> (t - killAt) / 1e9).findFirst().orElse(-1);
    }

    private Map<String, Long> failures(LongPredicate when) {
        Map<String, Long> out = new TreeMap<>();
        outcomes.stream().filter(x -> !x.ok() && when.test(x.endNanos()))
                .forEach(x -> out.merge(x.label() == null ? "?" : x.label(), 1L, Long::sum));
        return out;
    }
}
