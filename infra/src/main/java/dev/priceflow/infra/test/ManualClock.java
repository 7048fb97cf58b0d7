package dev.priceflow.infra.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock a test sets and moves by hand (unit tests of time-dependent code; not thread-safe by design). */
public final class ManualClock extends Clock {

    private volatile Instant now;

    public ManualClock(Instant start) {
        this.now = start;
    }

    public ManualClock(String start) {
        this(Instant.parse(start));
    }

    /** Moves the clock forward (or back, with a negative amount). */
    public void advance(Duration amount) {
        now = now.plus(amount);
    }

    public void advanceMillis(long millis) {
        advance(Duration.ofMillis(millis));
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
