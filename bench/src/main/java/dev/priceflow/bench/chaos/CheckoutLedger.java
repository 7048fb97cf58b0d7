package dev.priceflow.bench.chaos;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every checkout of one round's redemption probe, by {@code Idempotency-Key}: a key is sent once and then resent
 * unchanged (same key, same body) until pricing gives a definite answer: 201 with an {@code orderId} (a replay of
 * the stored receipt carries the same id), or a 4xx that says why (400, 403, 409 code refused, 422). Anything else
 * (503, 502, 401/408/429, a timeout, a refused connection) leaves the key pending for the next resend.
 * Two confirmations of one key with different order ids are a conflict: that key was placed twice.
 */
final class CheckoutLedger {

    private static final Pattern ORDER_ID = Pattern.compile("\"orderId\"\\s*:\\s*\"([^\"]+)\"");

    /** What the answer means for the key: done (confirmed or refused) or to be resent. */
    enum Fate { CONFIRMED, REFUSED, RESEND }

    private final Map<String, Set<String>> ordersByKey = new LinkedHashMap<>();
    private final Set<String> sent = new HashSet<>();
    private final Set<String> refused = new HashSet<>();
    private final Map<String, Long> refusals = new TreeMap<>();
    private final Map<String, Long> retried = new TreeMap<>();
    private final Map<String, Integer> resends = new HashMap<>();
    private long quoteFailures;

    /** Books the first send of {@code key}. */
    synchronized void sent(String key) {
        sent.add(key);
    }

    /** Books a resend of {@code key} (same key, same body). */
    synchronized void resent(String key) {
        resends.merge(key, 1, Integer::sum);
    }

    /** A quote that could not be obtained: no checkout was sent for that tick. */
    synchronized void quoteFailed() {
        quoteFailures++;
    }

    /** Judges pricing's answer to {@code key} (through the gateway) and books it. */
    synchronized Fate answer(String key, int status, String body) {
        if (status == 201) {
            Matcher m = ORDER_ID.matcher(body == null ? "" : body);
            if (!m.find()) {
                retried.merge("201-without-orderId", 1L, Long::sum);
                return Fate.RESEND;
            }
            ordersByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(m.group(1));
            return Fate.CONFIRMED;
        }
        if (definiteRefusal(status) && !ordersByKey.containsKey(key)) {
            refused.add(key);
            refusals.merge(Integer.toString(status), 1L, Long::sum);
            return Fate.REFUSED;
        }
        retried.merge(Integer.toString(status), 1L, Long::sum);
        return Fate.RESEND;
    }

    /** No HTTP answer at all ({@code io:...}): the key stays pending. */
    synchronized Fate transportFailure(String key, String label) {
        retried.merge(label, 1L, Long::sum);
        return Fate.RESEND;
    }

    static boolean definiteRefusal(int status) {
        return status >= 400 && status < 500 && status != 401 && status != 408 && status != 429;
    }

    synchronized Summary summary() {
        Set<String> unresolved = new HashSet<>(sent);
        unresolved.removeAll(ordersByKey.keySet());
        unresolved.removeAll(refused);
        Map<String, Set<String>> confirmed = new LinkedHashMap<>();
        ordersByKey.forEach((k, ids) -> confirmed.put(k, Set.copyOf(ids)));
        long resent = resends.values().stream().mapToLong(Integer::longValue).sum();
        return new Summary(sent.size(), Map.copyOf(confirmed), Set.copyOf(unresolved), Map.copyOf(refusals),
                Map.copyOf(retried), resent, resends.size(), quoteFailures);
    }

    /**
     * The round's checkouts: {@code confirmed} = key to the order ids pricing confirmed for it (one, unless the
     * key was placed twice), {@code unresolved} = keys
     * without a definite answer by the end of the settle time, {@code refusals}/{@code retried} = answers by status
     * (definite refusals / answers that led to a resend), {@code resends} = resend requests in all, over
     * {@code keysResent} keys.
     */
    record Summary(int sent, Map<String, Set<String>> confirmed, Set<String> unresolved,
                   Map<String, Long> refusals, Map<String, Long> retried, long resends, int keysResent,
                   long quoteFailures) {

        /** Every order id any confirmation carried. */
        Set<String> orderIds() {
            Set<String> out = new HashSet<>();
            confirmed.values().forEach(out::addAll);
            return out;
        }

        /** Orders beyond the first confirmed for the same key: each one a second order (and redemption). */
        long extraOrdersPerKey() {
            return confirmed.values().stream().mapToLong(ids -> ids.size() - 1L).sum();
        }
    }
}
