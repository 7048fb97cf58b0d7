package dev.priceflow.profile.application;

import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.EventValidator;
import dev.priceflow.profile.domain.BehaviourRules;
import dev.priceflow.profile.domain.Profile;
import dev.priceflow.profile.domain.ProfileAggregation;
import dev.priceflow.profile.domain.ProfileInsights;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Counts behaviour events into their shoppers' profiles, at most once per event id and never for an erased
 * shopper's events from before the erasure, assigns the segment under the current model, then refreshes the hot
 * copy. One event or a batch ({@link #handleAll}: one store transaction for all of them, same result as one at a
 * time). Failure policy: the database and the catalogue are needed for a correct profile, so their errors
 * propagate (the caller retries; nothing of the call is stored); the hot copy is a cache, so its errors are logged
 * and the events still count.
 */
public final class RecordEvent {

    private final RecordEvents events;

    public RecordEvent(EventValidator validator, ProfileAggregation aggregation, BehaviourRules rules,
                       ProfileInsights insights, Catalogue catalogue, Profiles profiles, HotProfiles hot,
                       Segmentation segmentation, Clock clock) {
        this.events = new RecordEvents(validator, aggregation, rules, insights, catalogue, profiles, hot,
                segmentation, clock);
    }

    public Outcome handle(CommerceEvent event) {
        return events.handle(List.of(event)).getFirst();
    }

    /**
     * The outcome of each event, in the order given, after one store transaction for the whole batch. An event id
     * twice in the batch counts once (the later one is a {@link Outcome.Duplicate}); {@link Outcome.Applied} carries
     * the shopper's profile after all of their events in the batch.
     */
    public List<Outcome> handleAll(List<CommerceEvent> batch) {
        return batch.isEmpty() ? List.of() : events.handle(batch);
    }

    /** Why the event can never be counted (it is invalid, or the profile rules refuse it); empty when it can. */
    public Optional<String> rejection(CommerceEvent event) {
        return events.rejection(event);
    }

    /** How an event was handled. */
    public sealed interface Outcome {
        record Applied(Profile profile) implements Outcome {
        }

        record Duplicate() implements Outcome {
        }

        record Skipped(String what) implements Outcome {
        }

        record Rejected(String reason) implements Outcome {
        }
    }
}
