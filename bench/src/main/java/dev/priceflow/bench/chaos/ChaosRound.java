package dev.priceflow.bench.chaos;

import dev.priceflow.bench.http.HttpLoad;
import dev.priceflow.bench.http.Request;
import dev.priceflow.bench.http.Request.Verdict;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One component's round: steady load of priced requests (demo shoppers, through the gateway) and event batches
 * (the chaos shopper), {@code before} seconds, SIGKILL, restart with the project's script and wait for health,
 * {@code after} more seconds of load, stop; resend the unconfirmed event batches (same ids) until accepted; wait
 * until user-profile has counted every accepted id (at most {@code settle}); compare. Beside the load, the
 * redemption probe (when on) checks out with the run's code and resends unanswered checkouts with the same key
 * until they get a definite answer (at most {@code settle} after the load); then its accounting.
 */
final class ChaosRound {

    private final ChaosOptions o;
    private final HttpLoad http;
    private final TokenCache tokens;
    private final StackControl stack;
    private final Downstream downstream;
    private final Map<String, BigDecimal> floors;
    private final List<String> skus;
    private final String chaosUserId;
    private final String run;
    private final Redemptions redemptions;

    ChaosRound(ChaosOptions o, HttpLoad http, TokenCache tokens, StackControl stack, Downstream downstream,
               Map<String, BigDecimal> floors, List<String> skus, String chaosUserId, String run,
               Redemptions redemptions) {
        this.o = o;
        this.http = http;
        this.tokens = tokens;
        this.stack = stack;
        this.downstream = downstream;
        this.floors = floors;
        this.skus = skus;
        this.chaosUserId = chaosUserId;
        this.run = run;
        this.redemptions = redemptions;
    }

    ChaosRow run(String component) throws Exception {
        long views0 = stableViews();
        Map<String, String> pidsBefore = stack.pids();
        PriceCheck check = new PriceCheck(floors);
        EventLedger ledger = new EventLedger(chaosUserId, skus);
        LoadStream prices = new LoadStream("prices", http, o.priceRate(), n -> priceRequest(n, check), (v, n) -> { });
        LoadStream events = new LoadStream("events", http, o.eventBatchRate(), n -> eventRequest(n, ledger),
                (v, n) -> {
                    if (!v.ok() && v.label() != null && v.label().startsWith("io:")) {
                        ledger.transportFailure(n);
                    }
                });
        Redemptions.Started checkouts = redemptions == null ? null : redemptions.start(component);
        prices.start();
        events.start();
        Thread.sleep(o.before().toMillis());
        long killAt = System.nanoTime();
        String killed;
        long upAt;
        try {
            killed = stack.kill(component);
            stack.restart(component);
            upAt = System.nanoTime();
            Thread.sleep(o.after().toMillis());
        } finally {
            prices.stop();
            events.stop();
            if (checkouts != null) {
                checkouts.probe().halt(o.settle());
            }
        }
        int resent = Resender.resend(http, o.gateway(), tokens, o.eventUser(), ledger);
        Set<UUID> accepted = ledger.accepted();
        long counted = awaitCounted(accepted);
        Set<UUID> unconfirmed = new HashSet<>(ledger.sent());
        unconfirmed.removeAll(accepted);
        long extra = downstream.counted(unconfirmed);
        long viewsDelta = downstream.views(chaosUserId) - views0;
        RedemptionAccount redemption = checkouts == null ? null : redemptions.finish(checkouts);
        Map<String, String> pidsAfter = stack.pids();
        List<String> others = pidsBefore.keySet().stream().filter(n -> !n.equals(component))
                .filter(n -> !pidsBefore.get(n).equals(pidsAfter.get(n))).toList();
        Timeline p = new Timeline(prices.outcomes(), killAt, upAt);
        Timeline e = new Timeline(events.outcomes(), killAt, upAt);
        return new ChaosRow(component, killed, (upAt - killAt) / 1e9,
                Math.max(p.lastFailureAfterKill(), e.lastFailureAfterKill()), p, e, resent, accepted.size(), counted,
                viewsDelta, extra, check.checked(), check.below(), check.example(), others, redemption, null);
    }

    /** The chaos shopper's views once they stopped moving (late events of an earlier round), at most 30 s. */
    private long stableViews() throws Exception {
        long views = downstream.views(chaosUserId);
        for (int i = 0; i < 15; i++) {
            Thread.sleep(2000);
            long now = downstream.views(chaosUserId);
            if (now == views) {
                return now;
            }
            views = now;
        }
        return views;
    }

    private long awaitCounted(Set<UUID> accepted) throws InterruptedException {
        long until = System.nanoTime() + o.settle().toNanos();
        long counted = -1;
        while (true) {
            try {
                counted = downstream.counted(accepted);
            } catch (java.sql.SQLException e) {
                // PostgreSQL still recovering: try again
            }
            if (counted == accepted.size() || System.nanoTime() > until) {
                return Math.max(counted, 0);
            }
            Thread.sleep(1000);
        }
    }

    private Request priceRequest(long n, PriceCheck check) {
        String user = o.priceUsers().get((int) (n % o.priceUsers().size()));
        String sku = skus.get((int) ((n / o.priceUsers().size()) % skus.size()));
        // every other request on a one-off channel: a gateway cache miss, so pricing really quotes it
        String channel = n % 2 == 0 ? "web" : "chaos" + run + "n" + n;
        return Request.get(o.gateway() + "/api/v1/prices/" + sku + "?channel=" + channel, tokens.bearer(user),
                (status, headers, body) -> {
                    if (status == 200) {
                        check.check(body);
                        return Verdict.success(1, null);
                    }
                    return Verdict.error(Integer.toString(status));
                });
    }

    private Request eventRequest(long n, EventLedger ledger) {
        EventLedger.Batch batch = ledger.next(n, o.eventBatch());
        return Request.post(o.gateway() + "/api/v1/events", tokens.bearerJson(o.eventUser()), batch.body(),
                (status, headers, body) -> ledger.answer(batch, status, body));
    }
}
