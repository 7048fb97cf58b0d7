package dev.priceflow.bench.chaos;

import java.util.List;
import java.util.Map;

/**
 * One component's result. Times are seconds after the kill: {@code upAfter} = the restart script reported it
 * healthy, {@code lastFailure} = the end of the last failed request of either stream (-1: nothing failed).
 * {@code prices}/{@code events} are the two streams' timelines (failures by HTTP status, {@code io:...},
 * {@code client-backlog}). Events: {@code accepted} = ids confirmed by a 202 (load + resend), {@code counted} =
 * of those, ids user-profile has processed, {@code viewsDelta} = growth of the chaos shopper's views counter
 * (more than the ids processed = counted twice), {@code extra} = ids never confirmed that user-profile counted
 * anyway (at-least-once, not an error). {@code alsoRestarted}: other components whose pid changed during the
 * round (restarted by someone else: the round's failures are not all this kill's). {@code redemption}: the
 * redemption probe's accounting (null when the probe is off). {@code failure} is set when the round itself could
 * not be run.
 */
record ChaosRow(String component, String killed, double upAfter, double lastFailure, Timeline prices,
                Timeline events, int resent, long accepted, long counted, long viewsDelta, long extra,
                long checkedPrices, long belowFloor, String belowExample, List<String> alsoRestarted,
                RedemptionAccount redemption, String failure) {

    static ChaosRow failed(String component, String why) {
        return new ChaosRow(component, "-", 0, 0, null, null, 0, 0, 0, 0, 0, 0, 0, null, List.of(), null, why);
    }

    long lost() {
        return accepted - counted;
    }

    long doubled() {
        return Math.max(0, viewsDelta - counted - extra);
    }

    long baselineFailures() {
        return sum(prices.failuresBeforeKill()) + sum(events.failuresBeforeKill());
    }

    static long sum(Map<String, Long> byLabel) {
        return byLabel.values().stream().mapToLong(Long::longValue).sum();
    }

    boolean passed() {
        return failure == null && lost() == 0 && doubled() == 0 && viewsDelta == counted + extra && belowFloor == 0
                && (redemption == null || redemption.passed());
    }
}
