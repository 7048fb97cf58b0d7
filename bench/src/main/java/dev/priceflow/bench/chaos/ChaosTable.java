package dev.priceflow.bench.chaos;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Markdown table of {@code ./priceflow chaos}: one row per killed component. Failures are listed by label for
 * the outage (kill until health UP) and after UP; those before the kill are the shared stack's noise (verdict).
 */
final class ChaosTable {

    private ChaosTable() {
    }

    static String render(List<ChaosRow> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| component | UP after s | last failure s | prices ok/sent | price failures: outage / after UP"
                + " | event batches ok/sent | event failures: outage / after UP | batches resent | events accepted"
                + " | counted once | views + | lost | doubled | below floor | checkouts ok/sent | checkout resends"
                + " | double redemptions | verdict |\n");
        sb.append("|---|---:|---:|---:|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (ChaosRow r : rows) {
            if (r.failure() != null) {
                sb.append("| ").append(r.component())
                        .append(" | - | - | - | - | - | - | - | - | - | - | - | - | - | - | - | - | ")
                        .append("NOT RUN: ").append(String.valueOf(r.failure()).replace('|', '/')).append(" |\n");
                continue;
            }
            sb.append(String.format("| %s | %.1f | %s | %d/%d | %s / %s | %d/%d | %s / %s | %d | %d | %d | %d | %d"
                            + " | %d | %d of %d | %s | %s | %s | %s |%n", r.component(), r.upAfter(),
                    r.lastFailure() < 0 ? "-" : String.format("%.1f", r.lastFailure()),
                    r.prices().ok(), r.prices().total(), failures(r.prices().failuresDuringOutage()),
                    failures(r.prices().failuresAfterUp()), r.events().ok(), r.events().total(),
                    failures(r.events().failuresDuringOutage()), failures(r.events().failuresAfterUp()), r.resent(),
                    r.accepted(), r.counted(), r.viewsDelta(), r.lost(), r.doubled(), r.belowFloor(),
                    r.checkedPrices(), checkouts(r.redemption()), resends(r.redemption()),
                    r.redemption() == null ? "-" : Long.toString(r.redemption().doubleRedemptions()), verdict(r)));
        }
        return sb.toString();
    }

    /** Keys confirmed of keys sent (plus quotes that failed, so no checkout was sent). */
    static String checkouts(RedemptionAccount a) {
        if (a == null) {
            return "-";
        }
        CheckoutLedger.Summary c = a.checkouts();
        return c.confirmed().size() + "/" + c.sent() + (c.quoteFailures() > 0 ? " (+" + c.quoteFailures()
                + " quotes failed)" : "");
    }

    static String resends(RedemptionAccount a) {
        if (a == null) {
            return "-";
        }
        CheckoutLedger.Summary c = a.checkouts();
        return c.resends() == 0 ? "0" : c.resends() + " of " + c.keysResent() + " keys (" + failures(c.retried())
                + ")";
    }

    static String failures(Map<String, Long> byLabel) {
        if (byLabel.isEmpty()) {
            return "0";
        }
        return byLabel.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String verdict(ChaosRow r) {
        StringBuilder v = new StringBuilder(r.passed() ? "ok" : "FAIL");
        if (r.lost() > 0) {
            v.append(": ").append(r.lost()).append(" accepted events not counted");
        }
        if (r.doubled() > 0) {
            v.append(": ").append(r.doubled()).append(" views counted twice");
        }
        if (r.viewsDelta() < r.counted() + r.extra()) {
            v.append(": views grew by ").append(r.viewsDelta()).append(" for ").append(r.counted() + r.extra())
                    .append(" processed ids");
        }
        if (r.belowFloor() > 0) {
            v.append(": ").append(r.belowExample());
        }
        if (r.redemption() != null) {
            r.redemption().problems().forEach(m -> v.append(": ").append(m));
            r.redemption().notes().forEach(m -> v.append(" (").append(m).append(')'));
        }
        if (r.extra() > 0) {
            v.append(" (").append(r.extra()).append(" unconfirmed events counted too: at-least-once)");
        }
        if (!r.alsoRestarted().isEmpty()) {
            v.append(" (NOT CLEAN: also restarted during the round by someone else: ")
                    .append(String.join(", ", r.alsoRestarted())).append(')');
        }
        if (r.baselineFailures() > 0) {
            v.append(" (before the kill: prices ").append(failures(r.prices().failuresBeforeKill()))
                    .append("; events ").append(failures(r.events().failuresBeforeKill())).append(')');
        }
        return v.toString();
    }
}
