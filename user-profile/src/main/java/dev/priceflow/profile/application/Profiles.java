package dev.priceflow.profile.application;

import dev.priceflow.profile.domain.Profile;
import dev.priceflow.profile.domain.SegmentRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Durable shopper profiles (the source of truth), with the erasure markers and the idempotency guard. */
public interface Profiles {

    Optional<Profile> find(String userId);

    /**
     * In one transaction: unless the shopper's erasure marker is at or after {@code occurredAt}, marks
     * {@code eventId} processed and replaces the shopper's profile (locked meanwhile) by {@code change} of it
     * (of the empty profile when there is none). An event id seen before changes nothing.
     */
    Recorded recordOnce(UUID eventId, String userId, Instant occurredAt, UnaryOperator<Profile> change);

    /** Deletes every row of the shopper and sets their erasure marker to {@code at} (one transaction). */
    void erase(String userId, Instant at);

    /** When the shopper last erased their profile, if ever. */
    Optional<Instant> erasedAt(String userId);

    /** Every stored profile, by user id. */
    List<Profile> all();

    /** Sets the segment of each listed shopper. */
    void assignSegments(Map<String, SegmentRef> segments);

    /** How many shoppers each segment of {@code modelId} has now. */
    Map<Integer, Long> segmentSizes(long modelId);

    /** Empties profiles and processed event ids for a rebuild from the log; erasure markers stay. */
    void clearForRebuild();

    sealed interface Recorded {
        record Applied(Profile profile) implements Recorded {
        }

        record AlreadyProcessed() implements Recorded {
        }

        record Erased() implements Recorded {
        }
    }
}
