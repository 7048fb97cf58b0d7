package dev.priceflow.profile.application;

import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.EventValidator;
import dev.priceflow.profile.domain.Contribution;
import dev.priceflow.profile.domain.ProfileAggregation;
import dev.priceflow.profile.domain.ProfileTotals;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts one behaviour event into its shopper's profile, at most once per event id, then refreshes the
 * hot copy. Failure policy: the database is the source of truth, so its errors propagate (the caller
 * retries); the hot copy is a cache, so its errors are logged and the event still counts (fail-open).
 */
public final class RecordEvent {

    private static final Logger LOG = LoggerFactory.getLogger(RecordEvent.class);

    private final EventValidator validator;
    private final ProfileAggregation aggregation;
    private final Profiles profiles;
    private final HotProfiles hot;

    public RecordEvent(EventValidator validator, ProfileAggregation aggregation, Profiles profiles, HotProfiles hot) {
        this.validator = validator;
        this.aggregation = aggregation;
        this.profiles = profiles;
        this.hot = hot;
    }

    public Outcome handle(CommerceEvent event) {
        List<String> violations = validator.violations(event);
        if (!violations.isEmpty()) {
            return new Outcome.Rejected("invalid event: " + String.join("; ", violations));
        }
        return switch (aggregation.contributionOf(event)) {
            case Contribution.Refused refused -> new Outcome.Rejected(refused.reason());
            case Contribution.NotAboutShoppers other -> new Outcome.Skipped(other.what());
            case Contribution.Counts counts -> switch (profiles.recordOnce(event.eventId(), counts.delta())) {
                case Profiles.Recorded.Applied applied -> {
                    publishHot(event, applied.totals());
                    yield new Outcome.Applied(applied.totals());
                }
                case Profiles.Recorded.AlreadyProcessed ignored -> {
                    // A redelivery may follow a crash between commit and the Redis write: heal the hot copy.
                    profiles.find(counts.delta().userId()).ifPresent(totals -> publishHot(event, totals));
                    yield new Outcome.Duplicate();
                }
            };
        };
    }

    private void publishHot(CommerceEvent event, ProfileTotals totals) {
        try {
            hot.publish(totals);
        } catch (RuntimeException e) {
            LOG.warn("hot profile not refreshed eventId={} cause={}: {}", event.eventId(),
                    e.getClass().getSimpleName(), e.getMessage());
        }
    }

    /** How an event was handled. */
    public sealed interface Outcome {
        record Applied(ProfileTotals totals) implements Outcome {
        }

        record Duplicate() implements Outcome {
        }

        record Skipped(String what) implements Outcome {
        }

        record Rejected(String reason) implements Outcome {
        }
    }
}
