package dev.priceflow.gateway.ratelimit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fixed one-second windows, counted in this process and shared through a {@link WindowStore} (Redis) in the
 * background: a request costs no round trip. Every {@code sync-interval} {@link #sync()} adds this
 * instance's new counts to the shared window counters in one round trip and learns what the other gateway
 * instances counted; a request is allowed while {@code own count + others' last known count <= limit}.
 *
 * <p>Bounds: one instance alone is exact. With several, a window may admit at most what the others counted
 * since their last sync beyond the limit (one sync interval's worth each). When the store does not answer, each
 * instance goes on enforcing the limit on its own counts (fail open across instances, never unlimited), and
 * logs that at most once per minute.
 */
final class SyncedRateLimiter implements RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(SyncedRateLimiter.class);
    /** Windows of this many seconds back are still synced (a late sync of the previous second), then dropped. */
    private static final long KEEP_SECONDS = 2;

    /** Where the shared counters live: adds each key's delta and answers each key's new total, in order. */
    interface WindowStore {
        List<Long> add(List<String> keys, List<Long> deltas);
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final WindowStore store;
    private final Clock clock;
    private final AtomicLong lastWarning = new AtomicLong(Long.MIN_VALUE / 2);

    SyncedRateLimiter(WindowStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Decision count(String scope, String client, int limit) {
        long second = clock.millis() / 1000;
        String key = "ratelimit:" + scope + ":" + client + ":" + second;
        Window window = windows.computeIfAbsent(key, k -> new Window(second));
        long own = window.own.incrementAndGet();
        return new Decision(own + window.others <= limit, window.synced, 1);
    }

    /**
     * Pushes the counts since the last sync to the store and learns the others' counts for the current second;
     * drops windows older than two seconds.
     */
    void sync() {
        long now = clock.millis() / 1000;
        windows.entrySet().removeIf(entry -> entry.getValue().second < now - KEEP_SECONDS);
        List<String> keys = new ArrayList<>();
        List<Window> pending = new ArrayList<>();
        List<Long> deltas = new ArrayList<>();
        windows.forEach((key, window) -> {
            long delta = window.own.get() - window.flushed;
            // the current second's windows are asked even with nothing new: the others may have counted
            if (delta > 0 || window.second == now) {
                keys.add(key);
                pending.add(window);
                deltas.add(delta);
            }
        });
        if (keys.isEmpty()) {
            return;
        }
        List<Long> totals;
        try {
            totals = store.add(keys, deltas);
        } catch (RuntimeException error) {
            pending.forEach(window -> window.synced = false);
            warnRarely(error);
            return;
        }
        for (int i = 0; i < pending.size(); i++) {
            Window window = pending.get(i);
            window.flushed += deltas.get(i);
            window.others = Math.max(0, totals.get(i) - window.flushed);
            window.synced = true;
        }
    }

    int windowCount() {
        return windows.size();
    }

    private void warnRarely(RuntimeException error) {
        long now = clock.millis();
        long last = lastWarning.get();
        if (now - last > 60_000 && lastWarning.compareAndSet(last, now)) {
            log.warn("rate limiter: shared counters unavailable ({}), each gateway enforces its own counts",
                    error.getClass().getSimpleName());
        }
    }

    /** One window of one client. {@code flushed} and {@code others} are written by the single sync thread. */
    private static final class Window {
        final long second;
        final AtomicLong own = new AtomicLong();
        volatile long flushed;
        volatile long others;
        volatile boolean synced = true;

        Window(long second) {
            this.second = second;
        }
    }
}
