package dev.priceflow.profile.application;

import dev.priceflow.profile.domain.Profile;
import dev.priceflow.profile.domain.ProfileFeatures;
import java.util.List;

/** The hot copy of profiles that pricing and recommender read (a cache of {@link Profiles}). */
public interface HotProfiles {

    /** Replaces the hot copy of one profile; throws when the store did not confirm in time. */
    void publish(Profile profile, ProfileFeatures features);

    /**
     * Replaces the hot copies of several profiles (each one whole, as {@link #publish}); throws when the store did
     * not confirm all of them in time. Stores that can pipeline the writes should.
     */
    default void publishAll(List<Hot> profiles) {
        profiles.forEach(h -> publish(h.profile(), h.features()));
    }

    /** Removes the hot copy of one profile; throws when the store did not confirm in time. */
    void delete(String userId);

    /** Removes every hot profile (before a rebuild); returns how many were removed. */
    long deleteAll();

    /** A profile and the features derived from it, as one hot copy holds them. */
    record Hot(Profile profile, ProfileFeatures features) {
    }
}
