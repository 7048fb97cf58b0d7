package dev.priceflow.gateway.price.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Refresh-ahead for cached prices: a hit with less than {@code window} of its lifetime left is still answered
 * from the cache, and starts one background re-quote of that entry, so a price asked for keeps being renewed
 * before it expires instead of every shopper's entries expiring together and their next requests all queueing
 * on pricing at once (seen under load as a wave of degraded answers sixty seconds after a warm-up). Each key is
 * refreshed at most once per {@code window}, and at most {@code concurrency} refreshes run at a time: beyond
 * that, a due refresh is skipped (the entry then expires and is fetched by a request as before), so this never
 * adds more load on pricing than the misses it replaces.
 */
public final class RefreshAhead {

    private static final Logger log = LoggerFactory.getLogger(RefreshAhead.class);

    private final long windowMillis;
    private final Semaphore slots;
    private final Cache<String, Boolean> recent;

    /** {@code window} zero or {@code concurrency} zero: never refresh ahead. */
    public RefreshAhead(Duration window, int concurrency, Ticker ticker) {
        this.windowMillis = window.toMillis();
        this.slots = new Semaphore(Math.max(0, concurrency));
        this.recent = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(window.isZero() ? Duration.ofMillis(1) : window)
                .maximumSize(100_000).build();
    }

    /** Whether an entry with {@code remainingMillis} left is due ({@code -1}: the store did not say, never due). */
    public boolean due(long remainingMillis) {
        return windowMillis > 0 && remainingMillis >= 0 && remainingMillis < windowMillis;
    }

    /** Starts {@code refresh} for {@code key} unless it ran within the window or every slot is busy. */
    public boolean start(String key, Supplier<Mono<?>> refresh) {
        if (recent.asMap().putIfAbsent(key, Boolean.TRUE) != null) {
            return false;
        }
        if (!slots.tryAcquire()) {
            recent.invalidate(key);
            return false;
        }
        Mono.defer(refresh).doFinally(signal -> slots.release()).subscribe(done -> {
        }, error -> log.debug("refresh ahead failed, the entry will expire: cause={}", error.toString()));
        return true;
    }
}
