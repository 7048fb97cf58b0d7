package dev.priceflow.bench.lag;

/** Defaults of the {@value #TARGET} target (docs/bench.md, "profile-lag"). */
public final class ProfileLagDefaults {

    /** Target name prefix; the rows are {@code profile-lag@<rate>} and {@code profile-lag@<rate> lag}. */
    public static final String TARGET = "profile-lag";
    /** Events per second offered through the gateway. */
    public static final double RATE = 5000;
    /** The user-profile timer, as Prometheus names its histogram buckets. */
    public static final String METRIC = "priceflow_profile_update_lag_seconds";
    /** The senders: users whose own ProductViewed events the gateway accepts and whose profiles nobody tests. */
    static final String[] SENDERS = {"mia", "adam"};
    /** The user allowed to read user-profile's /actuator/prometheus. */
    static final String ADMIN = "adam";

    private ProfileLagDefaults() {
    }
}
