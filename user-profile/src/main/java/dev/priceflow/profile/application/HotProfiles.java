package dev.priceflow.profile.application;

import dev.priceflow.profile.domain.ProfileTotals;

/** The hot copy of profiles that pricing and recommender read (a cache of {@link Profiles}). */
public interface HotProfiles {

    /** Replaces the hot copy of one profile; throws when the store did not confirm in time. */
    void publish(ProfileTotals totals);
}
