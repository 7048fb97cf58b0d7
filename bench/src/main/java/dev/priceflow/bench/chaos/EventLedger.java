package dev.priceflow.bench.chaos;

import dev.priceflow.bench.Payloads;
import dev.priceflow.bench.http.Request.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every event the chaos load sent: batches of ProductViewed events of the chaos user with fresh event ids.
 * A batch answered 202 with every event accepted counts as accepted; any other answer (503 "resend the whole
 * batch", a refused connection, ...) keeps the batch for a resend with the SAME ids after the outage, as the
 * gateway asks clients to do (duplicates are dropped by eventId downstream).
 */
final class EventLedger {

    private static final Pattern ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)");

    /** One batch: its ids and its JSON body (resent unchanged). */
    record Batch(List<UUID> ids, String body) {
    }

    private final String userId;
    private final List<String> skus;
    private final Set<UUID> sent = new HashSet<>();
    private final Set<UUID> accepted = new HashSet<>();
    private final List<Batch> unconfirmed = new ArrayList<>();
    private final Map<Long, Batch> bySeq = new HashMap<>();
    private int partial;

    EventLedger(String userId, List<String> skus) {
        this.userId = userId;
        this.skus = skus;
    }

    synchronized Batch next(long seq, int size) {
        List<UUID> ids = new ArrayList<>(size);
        StringBuilder body = new StringBuilder("[");
        Instant now = Instant.now();
        for (int i = 0; i < size; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            body.append(i == 0 ? "" : ",").append(Payloads.productViewed(id, now, userId,
                    skus.get((int) ((seq * size + i) % skus.size()))));
        }
        sent.addAll(ids);
        Batch batch = new Batch(List.copyOf(ids), body.append(']').toString());
        bySeq.put(seq, batch);
        return batch;
    }

    /** Judges the answer to {@code batch} and books it: accepted, or kept for the resend. */
    synchronized Verdict answer(Batch batch, int status, String body) {
        if (status == 202) {
            Matcher m = ACCEPTED.matcher(body);
            int n = m.find() ? Integer.parseInt(m.group(1)) : -1;
            if (n == batch.ids().size()) {
                accepted.addAll(batch.ids());
                unconfirmed.remove(batch);
                return Verdict.success(n, null);
            }
            partial++;
            return Verdict.error("202-partial");
        }
        if (!unconfirmed.contains(batch)) {
            unconfirmed.add(batch);
        }
        return Verdict.error(Integer.toString(status));
    }

    /** Books a transport failure (no HTTP answer) of load request {@code seq}: its batch is kept for the resend. */
    synchronized void transportFailure(long seq) {
        Batch batch = bySeq.get(seq);
        if (batch != null && !unconfirmed.contains(batch)) {
            unconfirmed.add(batch);
        }
    }

    synchronized List<Batch> unconfirmed() {
        return List.copyOf(unconfirmed);
    }

    synchronized Set<UUID> sent() {
        return Set.copyOf(sent);
    }

    synchronized Set<UUID> accepted() {
        return Set.copyOf(accepted);
    }

    synchronized int partial() {
        return partial;
    }
}
