package dev.priceflow.profile.domain;

import java.util.Objects;

/** Everything held about one shopper: counts and money, detailed behaviour, and the segment (null before any). */
public record Profile(ProfileTotals totals, Behaviour behaviour, SegmentRef segment) {

    public Profile {
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(behaviour, "behaviour");
    }

    public static Profile empty(String userId, String currency) {
        return new Profile(ProfileTotals.empty(userId, currency), Behaviour.NONE, null);
    }

    public String userId() {
        return totals.userId();
    }

    public Profile withSegment(SegmentRef ref) {
        return new Profile(totals, behaviour, ref);
    }
}
