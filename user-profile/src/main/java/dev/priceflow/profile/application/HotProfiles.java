package dev.priceflow.profile.application;

import dev.priceflow.profile.domain.Profile;
import dev.priceflow.profile.domain.ProfileFeatures;

/** The hot copy of profiles that pricing and recommender read (a cache of {@link Profiles}). */
public interface HotProfiles {

    /** Replaces the hot copy of one profile; throws when the store did not confirm in time. */
    void publish(Profile profile, ProfileFeatures features);

    /** Removes the hot copy of one profile; throws when the store did not confirm in time. */
    void delete(String userId);

    /** Removes every hot profile (before a rebuild); returns how many were removed. */
    long deleteAll();
}
