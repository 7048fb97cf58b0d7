package dev.priceflow.profile.application;

import dev.priceflow.profile.domain.ProfileAggregation;
import dev.priceflow.profile.domain.ProfileTotals;

/** Reads a shopper's durable profile; a shopper without events has the empty profile, not none. */
public final class ProfileQuery {

    private final Profiles profiles;
    private final ProfileAggregation aggregation;

    public ProfileQuery(Profiles profiles, ProfileAggregation aggregation) {
        this.profiles = profiles;
        this.aggregation = aggregation;
    }

    public ProfileTotals profileOf(String userId) {
        return profiles.find(userId).orElseGet(() -> ProfileTotals.empty(userId, aggregation.profileCurrency()));
    }
}
