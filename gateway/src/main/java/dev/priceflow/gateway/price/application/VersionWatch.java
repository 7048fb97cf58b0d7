package dev.priceflow.gateway.price.application;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What this gateway knows of the current pricing version, and whether it may trust it without asking Redis.
 * Fed by two sources: a change notice (Redis keyspace notification on {@code pricing:version}), which makes the
 * known version unknown at once, and a read of the version (after each notice and every poll interval), which
 * sets it. A read that was started before a later notice is discarded, so a bump can never be overwritten by
 * an older read. The version is trusted only while notices are being received and the last read is younger
 * than {@code maxAge}: when Redis or the subscription fails, callers go back to asking Redis for every request.
 */
public final class VersionWatch {

    private final Clock clock;
    private final long maxAgeMillis;
    private final AtomicLong notices = new AtomicLong();
    private volatile Known known;
    private volatile boolean subscribed;

    public VersionWatch(Clock clock, Duration maxAge) {
        this.clock = clock;
        this.maxAgeMillis = maxAge.toMillis();
    }

    private record Known(String version, long readAtMillis) {
    }

    /** The version that can be trusted now, or null when the caller must ask Redis. */
    public String trusted() {
        Known current = known;
        if (!subscribed || current == null || clock.millis() - current.readAtMillis() > maxAgeMillis) {
            return null;
        }
        return current.version();
    }

    /** Call before sending a read of the version; pass the answer to {@link #readDone}. */
    public long readStarting() {
        return notices.get();
    }

    /** Sets the version read, unless a change notice arrived after the read was started. */
    public void readDone(long ticket, String version) {
        long now = clock.millis();
        synchronized (this) {
            if (notices.get() == ticket) {
                known = new Known(version, now);
            }
        }
    }

    /** The version changed (or may have): forget it until the next read. */
    public void changed() {
        synchronized (this) {
            notices.incrementAndGet();
            known = null;
        }
    }

    /**
     * Whether change notices are being received; when not, nothing is trusted. Either way what was read before
     * is forgotten: a change may have fallen between the last read and the subscription.
     */
    public void subscribed(boolean live) {
        synchronized (this) {
            subscribed = live;
            notices.incrementAndGet();
            known = null;
        }
    }
}
