package dev.priceflow.profile.application;

import dev.priceflow.profile.domain.ProfileDelta;
import dev.priceflow.profile.domain.ProfileTotals;
import java.util.Optional;
import java.util.UUID;

/** Durable shopper profiles (the source of truth). */
public interface Profiles {

    Optional<ProfileTotals> find(String userId);

    /**
     * Marks {@code eventId} processed and adds {@code delta} to its shopper's profile, both or neither
     * (one transaction). An event id seen before changes nothing.
     */
    Recorded recordOnce(UUID eventId, ProfileDelta delta);

    sealed interface Recorded {
        record Applied(ProfileTotals totals) implements Recorded {
        }

        record AlreadyProcessed() implements Recorded {
        }
    }
}
