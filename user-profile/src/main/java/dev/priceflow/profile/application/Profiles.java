package dev.priceflow.profile.application;

import dev.priceflow.profile.domain.Profile;
import dev.priceflow.profile.domain.SegmentRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/** Durable shopper profiles (the source of truth), with the erasure markers and the idempotency guard. */
public interface Profiles {

    Optional<Profile> find(String userId);

    /**
     * In one transaction, with every listed shopper locked meanwhile: events of a shopper whose erasure marker is at
     * or after the event's {@code occurredAt} change nothing ({@link Status#ERASED}); the other event ids are marked
     * processed, an id seen before changing nothing ({@link Status#ALREADY_PROCESSED}); every shopper with newly
     * processed events ({@link Status#APPLIED}) is replaced by {@code change} of their stored profile (of the empty
     * one when there is none) and of those event ids, in list order. Event ids must be distinct. Answers each event's
     * status and the profile now stored of every shopper with an applied or already-processed event.
     */
    Batch recordAll(List<Pending> events, BiFunction<Profile, List<UUID>, Profile> change);

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

    /** One event to count: its id, its shopper and when it occurred. */
    record Pending(UUID eventId, String userId, Instant occurredAt) {
    }

    /** What {@link #recordAll} did with an event. */
    enum Status { APPLIED, ALREADY_PROCESSED, ERASED }

    /** Each event's status by id, and the stored profile of every shopper with an applied or seen event. */
    record Batch(Map<UUID, Status> statuses, Map<String, Profile> profiles) {
    }
}
