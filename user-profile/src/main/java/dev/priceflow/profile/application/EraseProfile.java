package dev.priceflow.profile.application;

import java.time.Clock;

/**
 * Erases everything held about a shopper: the PostgreSQL rows (and an erasure marker with the time, so a replay
 * of older events cannot bring the profile back), the hot copy in Redis, and a tombstone on
 * {@code profile.erasures} for the other services. Fail-closed and idempotent: any step that fails throws and the
 * shopper retries; repeating it repeats harmlessly.
 */
public final class EraseProfile {

    private final Profiles profiles;
    private final HotProfiles hot;
    private final ErasureNotices notices;
    private final Clock clock;

    public EraseProfile(Profiles profiles, HotProfiles hot, ErasureNotices notices, Clock clock) {
        this.profiles = profiles;
        this.hot = hot;
        this.notices = notices;
        this.clock = clock;
    }

    public void erase(String userId) {
        try {
            profiles.erase(userId, clock.instant());
            hot.delete(userId);
            notices.announce(userId);
        } catch (RuntimeException e) {
            throw new Incomplete(e);
        }
    }

    /** A step of the erasure failed; what was done stays done, and repeating the erasure completes it. */
    public static final class Incomplete extends RuntimeException {
        Incomplete(Throwable cause) {
            super("erasure incomplete: " + cause.getClass().getSimpleName(), cause);
        }
    }
}
