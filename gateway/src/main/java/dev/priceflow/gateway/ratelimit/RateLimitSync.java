package dev.priceflow.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs {@link SyncedRateLimiter#sync()} every {@code sync-interval} on one daemon thread while the app runs. */
final class RateLimitSync implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RateLimitSync.class);

    private final SyncedRateLimiter limiter;
    private final Duration interval;
    private ScheduledExecutorService executor;

    RateLimitSync(SyncedRateLimiter limiter, Duration interval) {
        this.limiter = limiter;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("rate-limit-sync")
                .factory());
        executor.scheduleWithFixedDelay(this::syncQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void syncQuietly() {
        try {
            limiter.sync();
        } catch (RuntimeException error) {
            // the next tick tries again; the limiter's own counts go on being enforced meanwhile
            log.debug("rate-limit sync failed: {}", error.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
