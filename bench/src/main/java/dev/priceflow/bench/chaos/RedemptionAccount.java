package dev.priceflow.bench.chaos;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One round's redemption accounting: what the chaos shopper was told ({@code checkouts}) against what pricing
 * recorded for the round's {@code Idempotency-Key}s: {@code ordersInDb} (key to order id, read from
 * {@code pricing.customer_order}), {@code redemptionRows} (rows of the probe's promotion in
 * {@code pricing.redemption} for those orders) and {@code usesDelta} (growth of the promotion's {@code uses} over
 * the round, read through the marketing API; -1 when it could not be read).
 *
 * <p>Every order of this probe redeems the code exactly once, so the redemptions pricing may hold are one per
 * legitimate order: the orders confirmed to the shopper plus those committed for a key whose answer never
 * arrived. Anything above that, or a second order for one key, is a double redemption.
 */
record RedemptionAccount(CheckoutLedger.Summary checkouts, Map<String, String> ordersInDb, long redemptionRows,
                         long usesDelta) {

    /** Order ids pricing holds for keys whose confirmation the shopper never got (at-least-once, not an error). */
    long committedUnconfirmed() {
        Set<String> confirmed = checkouts.orderIds();
        return ordersInDb.values().stream().filter(id -> !confirmed.contains(id)).count();
    }

    /** Orders confirmed to the shopper that pricing does not hold: a confirmed checkout lost. */
    long confirmedMissing() {
        Set<String> held = new HashSet<>(ordersInDb.values());
        return checkouts.orderIds().stream().filter(id -> !held.contains(id)).count();
    }

    /** The most redemptions either record shows (the rows, or pricing's own counter). */
    long recorded() {
        return Math.max(redemptionRows, usesDelta);
    }

    /** Distinct orders either side knows of: each may redeem the code once. */
    long legitimateOrders() {
        Set<String> all = new HashSet<>(checkouts.orderIds());
        all.addAll(ordersInDb.values());
        return all.size();
    }

    /** Redemptions beyond one per legitimate order, plus second orders confirmed for one key. Must be 0. */
    long doubleRedemptions() {
        return Math.max(0, recorded() - legitimateOrders()) + checkouts.extraOrdersPerKey();
    }

    boolean passed() {
        return doubleRedemptions() == 0 && confirmedMissing() == 0 && checkouts.unresolved().isEmpty();
    }

    /** Why the round fails on redemptions; empty when it does not. */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        if (doubleRedemptions() > 0) {
            out.add(doubleRedemptions() + " double redemptions (" + recorded() + " recorded for "
                    + legitimateOrders() + " orders)");
        }
        if (checkouts.extraOrdersPerKey() > 0) {
            out.add(checkouts.extraOrdersPerKey() + " second orders confirmed for an Idempotency-Key already placed");
        }
        if (confirmedMissing() > 0) {
            out.add(confirmedMissing() + " confirmed orders missing in pricing");
        }
        if (!checkouts.unresolved().isEmpty()) {
            out.add(checkouts.unresolved().size() + " checkouts without a definite answer after the settle time");
        }
        return out;
    }

    /** What is worth saying without failing the round. */
    List<String> notes() {
        List<String> out = new ArrayList<>();
        if (usesDelta >= 0 && usesDelta != redemptionRows) {
            out.add("promotion uses moved by " + usesDelta + " for " + redemptionRows + " redemption rows");
        }
        if (usesDelta < 0) {
            out.add("promotion uses unreadable: judged on redemption rows only");
        }
        if (committedUnconfirmed() > 0) {
            out.add(committedUnconfirmed() + " orders committed without a confirmation reaching the shopper");
        }
        if (!checkouts.refusals().isEmpty()) {
            out.add("checkouts refused: " + ChaosTable.failures(checkouts.refusals()));
        }
        return out;
    }
}
