package dev.priceflow.bench.chaos;

import dev.priceflow.bench.http.HttpLoad;
import dev.priceflow.bench.http.Request;
import dev.priceflow.bench.http.Request.Verdict;
import java.time.Duration;

/**
 * After the outage: resends each unconfirmed event batch unchanged (same event ids), one at a time, up to 10
 * passes 3 s apart, as the gateway's 503 asks ("resend the whole batch; duplicates are dropped by eventId").
 */
final class Resender {

    private Resender() {
    }

    /** Returns how many batches were resent at least once. */
    static int resend(HttpLoad http, String gateway, TokenCache tokens, String user, EventLedger ledger)
            throws InterruptedException {
        int resent = ledger.unconfirmed().size();
        for (int pass = 0; pass < 10 && !ledger.unconfirmed().isEmpty(); pass++) {
            if (pass > 0) {
                Thread.sleep(3000);
            }
            for (EventLedger.Batch batch : ledger.unconfirmed()) {
                Request request = Request.post(gateway + "/api/v1/events", tokens.bearerJson(user), batch.body(),
                        (status, headers, body) -> ledger.answer(batch, status, body));
                Verdict v = http.exchange(request).block(Duration.ofSeconds(20));
                if (v == null || !v.ok()) {
                    break; // still failing: wait for the next pass
                }
            }
        }
        return resent;
    }
}
