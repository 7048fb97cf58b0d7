package dev.priceflow.gateway.fuzz;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Sends one case, tallies it and judges it: violations become failures unless a {@link KnownFindings} entry
 * matches; a 503 or no answer on a route whose harmless probe fails too is counted as untested instead; a case
 * that times out is sent once more and only the second answer is judged. Paces
 * requests (at most ~50/s) so the per-user rate limit (100/s) of the shared demo users holds for others' tests.
 * A 503 the gateway gave because a route's own response timeout ran out counts as a time-out too.
 */
final class Runner {

    private static final long PACE_MILLIS = 20;
    /** Just under the shortest route response timeout of the gateway (2 s): a 503 that slow is a timeout. */
    static final long ROUTE_TIMEOUT_MILLIS = 1_900;

    private final RawHttp http;
    private final Tally tally;
    private final List<String> failures;
    private final Map<String, Integer> known;
    private final Map<String, Integer> untested;
    private final Function<String, String> tokenOf;
    private final Map<String, Integer> retried = new TreeMap<>();

    Runner(RawHttp http, Tally tally, List<String> failures, Map<String, Integer> known, Map<String, Integer> untested,
           Function<String, String> tokenOf) {
        this.http = http;
        this.tally = tally;
        this.failures = failures;
        this.known = known;
        this.untested = untested;
        this.tokenOf = tokenOf;
    }

    /** Cases that timed out once and were sent again (printed, not judged: only the second answer is). */
    Map<String, Integer> retried() {
        return retried;
    }

    /**
     * No answer within the client's 5 s, or the gateway's 503 dependency-unavailable after at least a route's
     * response timeout (the service behind it did not answer in time; a service refusing fast is judged at once).
     */
    static boolean timedOut(Answer answer) {
        if (!answer.answered()) {
            return answer.failure().contains("Timeout");
        }
        return answer.status() == 503 && answer.millis() >= ROUTE_TIMEOUT_MILLIS
                && answer.body().contains("/problems/dependency-unavailable");
    }

    void run(FuzzCase c) {
        long before = System.nanoTime();
        Answer answer = http.send(c);
        if (timedOut(answer)) {
            // the shared 2-core machine stalls at times (load average 26 seen): an input that hangs a service
            // hangs it twice, a stall does not
            retried.merge(c.endpoint() + " [" + c.family() + "] (first: " + answer.outcome() + " after "
                    + answer.millis() + " ms)", 1, Integer::sum);
            answer = http.send(c);
        }
        tally.add(c, answer);
        List<String> violations = Oracle.judge(c, answer);
        if (!violations.isEmpty() && Availability.needsProbe(answer) && Availability.routeDown(http, c, tokenOf)) {
            untested.merge(c.endpoint() + " [" + c.family() + "] " + answer.outcome(), 1, Integer::sum);
            violations = List.of();
        }
        for (String violation : violations) {
            KnownFindings.Finding finding = KnownFindings.match(c, answer, violation);
            if (finding == null) {
                failures.add(c.describe() + " → " + answer.outcome() + ": " + violation);
            } else {
                known.merge(finding.id() + " " + c.endpoint() + " [" + c.family() + "]", 1, Integer::sum);
            }
        }
        long spent = (System.nanoTime() - before) / 1_000_000;
        if (spent < PACE_MILLIS) {
            try {
                Thread.sleep(PACE_MILLIS - spent);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
