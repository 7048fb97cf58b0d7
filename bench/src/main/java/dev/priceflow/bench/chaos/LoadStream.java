package dev.priceflow.bench.chaos;

import dev.priceflow.bench.http.HttpLoad;
import dev.priceflow.bench.http.Request;
import dev.priceflow.bench.http.Request.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import java.util.function.ObjLongConsumer;

/**
 * One steady open-loop stream of requests (prices or event batches): request n starts at {@code t0 + n/rate}
 * whatever the answers do, until {@link #stop()}; every answer is kept as an {@link Outcome} with its start and
 * end time, so failures can be placed on the kill/restart timeline. While {@value #MAX_OUTSTANDING} requests are
 * outstanding the next ones are recorded as {@code client-backlog} failures without being sent.
 */
final class LoadStream {

    static final int MAX_OUTSTANDING = 128;

    /** One request's fate; times are {@link System#nanoTime()}. */
    record Outcome(long startNanos, long endNanos, boolean ok, String label) {
    }

    private final String name;
    private final HttpLoad http;
    private final double rate;
    private final LongFunction<Request> requests;
    private final ObjLongConsumer<Verdict> onAnswer;
    private final List<Outcome> outcomes = new ArrayList<>();
    private final AtomicInteger outstanding = new AtomicInteger();
    private volatile boolean running;
    private Thread thread;

    /** {@code onAnswer} sees every verdict with its request number (transport errors included). */
    LoadStream(String name, HttpLoad http, double rate, LongFunction<Request> requests,
               ObjLongConsumer<Verdict> onAnswer) {
        this.name = name;
        this.http = http;
        this.rate = rate;
        this.requests = requests;
        this.onAnswer = onAnswer;
    }

    void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("chaos-" + name).start(this::schedule);
    }

    private void schedule() {
        long period = (long) (1e9 / rate);
        long t0 = System.nanoTime();
        for (long i = 0; running; i++) {
            long intended = t0 + i * period;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (outstanding.get() >= MAX_OUTSTANDING) {
                record(new Outcome(intended, System.nanoTime(), false, "client-backlog"));
                continue;
            }
            outstanding.incrementAndGet();
            long seq = i;
            http.exchange(requests.apply(i))
                    .doOnNext(v -> {
                        record(new Outcome(intended, System.nanoTime(), v.ok(), v.label()));
                        onAnswer.accept(v, seq);
                    })
                    .doFinally(s -> outstanding.decrementAndGet())
                    .subscribe(v -> { }, e -> record(new Outcome(intended, System.nanoTime(), false,
                            "io:" + e.getClass().getSimpleName())));
        }
    }

    /** Stops scheduling and waits (at most 15 s) for the outstanding answers. */
    void stop() throws InterruptedException {
        running = false;
        thread.join();
        long until = System.nanoTime() + 15_000_000_000L;
        while (outstanding.get() > 0 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
    }

    private synchronized void record(Outcome outcome) {
        outcomes.add(outcome);
    }

    synchronized List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }
}
