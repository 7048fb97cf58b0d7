package dev.priceflow.bench.chaos;

import dev.priceflow.bench.http.HttpLoad;
import dev.priceflow.bench.http.Request;
import dev.priceflow.bench.http.Request.Verdict;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The redemption probe of one round: at a steady low rate the chaos shopper quotes the probe's SKU through the
 * gateway (marketplace channel: one price for everyone) and checks out one unit with the probe's code and a fresh
 * {@code Idempotency-Key}; a checkout without a definite answer is resent unchanged (same key, same body) 1-3 s
 * later, as a real client must, until it gets one or the round's settle time after the load has passed.
 * Every answer is booked in a {@link CheckoutLedger}. A tick whose quote fails sends no checkout.
 */
final class CheckoutProbe {

    /** More checkouts than this still waiting for an answer: the tick is skipped (the stack is down anyway). */
    static final int MAX_OUTSTANDING = 64;
    private static final Pattern SIGNATURE = Pattern.compile("\"signature\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(30);

    private final HttpLoad http;
    private final TokenCache tokens;
    private final ChaosOptions o;
    private final String code;
    private final String keyPrefix;
    private final CheckoutLedger ledger = new CheckoutLedger();
    private final AtomicInteger outstanding = new AtomicInteger();
    private volatile boolean running;
    private volatile long resendUntil = Long.MAX_VALUE;
    private Thread scheduler;

    CheckoutProbe(HttpLoad http, TokenCache tokens, ChaosOptions o, String code, String keyPrefix) {
        this.http = http;
        this.tokens = tokens;
        this.o = o;
        this.code = code;
        this.keyPrefix = keyPrefix;
    }

    void start() {
        running = true;
        scheduler = Thread.ofPlatform().daemon().name("chaos-checkouts").start(this::schedule);
    }

    private void schedule() {
        long period = (long) (1e9 / o.checkoutRate());
        long t0 = System.nanoTime();
        for (long i = 0; running; i++) {
            long wait = t0 + i * period - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (!running || outstanding.get() >= MAX_OUTSTANDING) {
                continue;
            }
            outstanding.incrementAndGet();
            long n = i;
            Thread.ofVirtual().name("chaos-checkout-" + n).start(() -> {
                try {
                    checkout(n);
                } finally {
                    outstanding.decrementAndGet();
                }
            });
        }
    }

    /** Stops new checkouts (once); the pending ones are resent until {@code settle} from now has passed. */
    synchronized void halt(Duration settle) throws InterruptedException {
        if (!running) {
            return;
        }
        running = false;
        scheduler.join();
        resendUntil = System.nanoTime() + settle.toNanos();
    }

    /** After {@link #halt}: waits for the pending checkouts' last answers and returns the round's ledger. */
    CheckoutLedger awaitAnswers() throws InterruptedException {
        long until = resendUntil + ANSWER_WAIT.toNanos() + 5_000_000_000L;
        while (outstanding.get() > 0 && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        return ledger;
    }

    private void checkout(long n) {
        String quoteToken = quote();
        if (quoteToken == null) {
            ledger.quoteFailed();
            return;
        }
        String key = keyPrefix + n;
        String body = "{\"lines\":[{\"quoteToken\":\"" + quoteToken + "\",\"quantity\":1}],\"codes\":[\"" + code
                + "\"],\"channel\":\"marketplace\"}";
        ledger.sent(key);
        for (int attempt = 0; ; attempt++) {
            if (attempt > 0) {
                ledger.resent(key);
            }
            if (send(key, body) != CheckoutLedger.Fate.RESEND || System.nanoTime() > resendUntil) {
                return;
            }
            try {
                Thread.sleep(Math.min(3000, 1000L * (attempt + 1)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private String quote() {
        AtomicReference<String> signature = new AtomicReference<>();
        Request request = Request.get(o.gateway() + "/api/v1/prices/" + o.checkoutSku() + "?channel=marketplace",
                tokens.bearer(o.eventUser()), (status, headers, body) -> {
                    Matcher m = SIGNATURE.matcher(body);
                    if (status == 200 && m.find()) {
                        signature.set(m.group(1));
                        return Verdict.success(1, null);
                    }
                    return Verdict.error(Integer.toString(status));
                });
        http.exchange(request).block(ANSWER_WAIT);
        return signature.get();
    }

    private CheckoutLedger.Fate send(String key, String body) {
        AtomicReference<CheckoutLedger.Fate> fate = new AtomicReference<>();
        Map<String, String> headers = Map.of("Authorization", "Bearer " + tokens.token(o.eventUser()),
                "Content-Type", "application/json", "Idempotency-Key", key);
        Request request = Request.post(o.gateway() + "/api/v1/orders", headers, body, (status, h, answer) -> {
            fate.set(ledger.answer(key, status, answer));
            return Verdict.success(1, null);
        });
        Verdict v;
        try {
            v = http.exchange(request).block(ANSWER_WAIT);
        } catch (RuntimeException e) {
            v = Verdict.error("io:" + e.getClass().getSimpleName());
        }
        if (fate.get() != null) {
            return fate.get();
        }
        return ledger.transportFailure(key, v == null ? "io:no-answer" : v.label());
    }
}
