package dev.priceflow.profile.application;

import dev.priceflow.contracts.events.AddedToCart;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.EventValidator;
import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.profile.domain.BehaviourRules;
import dev.priceflow.profile.domain.Contribution;
import dev.priceflow.profile.domain.Profile;
import dev.priceflow.profile.domain.ProfileAggregation;
import dev.priceflow.profile.domain.ProfileDelta;
import dev.priceflow.profile.domain.ProfileInsights;
import dev.priceflow.profile.domain.ProductFacts;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts one behaviour event into its shopper's profile, at most once per event id and never for an erased
 * shopper's events from before the erasure, assigns the segment under the current model, then refreshes the hot
 * copy. Failure policy: the database and the catalogue are needed for a correct profile, so their errors
 * propagate (the caller retries); the hot copy is a cache, so its errors are logged and the event still counts.
 */
public final class RecordEvent {

    private static final Logger LOG = LoggerFactory.getLogger(RecordEvent.class);

    private final EventValidator validator;
    private final ProfileAggregation aggregation;
    private final BehaviourRules rules;
    private final ProfileInsights insights;
    private final Catalogue catalogue;
    private final Profiles profiles;
    private final HotProfiles hot;
    private final Segmentation segmentation;
    private final Clock clock;

    public RecordEvent(EventValidator validator, ProfileAggregation aggregation, BehaviourRules rules,
                       ProfileInsights insights, Catalogue catalogue, Profiles profiles, HotProfiles hot,
                       Segmentation segmentation, Clock clock) {
        this.validator = validator;
        this.aggregation = aggregation;
        this.rules = rules;
        this.insights = insights;
        this.catalogue = catalogue;
        this.profiles = profiles;
        this.hot = hot;
        this.segmentation = segmentation;
        this.clock = clock;
    }

    public Outcome handle(CommerceEvent event) {
        List<String> violations = validator.violations(event);
        if (!violations.isEmpty()) {
            return new Outcome.Rejected("invalid event: " + String.join("; ", violations));
        }
        return switch (aggregation.contributionOf(event)) {
            case Contribution.Refused refused -> new Outcome.Rejected(refused.reason());
            case Contribution.NotAboutShoppers other -> new Outcome.Skipped(other.what());
            case Contribution.Counts counts -> record(event, counts.delta());
        };
    }

    private Outcome record(CommerceEvent event, ProfileDelta delta) {
        Map<String, ProductFacts> facts = catalogue.facts(skus(event));
        Instant now = clock.instant();
        return switch (profiles.recordOnce(event.eventId(), delta.userId(), event.occurredAt(), p -> {
            Profile next = new Profile(p.totals().plus(delta), rules.apply(p.behaviour(), event, facts), null);
            return next.withSegment(segmentation.assign(next, now));
        })) {
            case Profiles.Recorded.Applied applied -> {
                publishHot(event, applied.profile(), now);
                yield new Outcome.Applied(applied.profile());
            }
            case Profiles.Recorded.AlreadyProcessed ignored -> {
                // A redelivery may follow a crash between commit and the Redis write: heal the hot copy.
                profiles.find(delta.userId()).ifPresent(p -> publishHot(event, p, now));
                yield new Outcome.Duplicate();
            }
            case Profiles.Recorded.Erased ignored -> new Outcome.Skipped("event from before the shopper's erasure");
        };
    }

    private static List<String> skus(CommerceEvent event) {
        return switch (event) {
            case ProductViewed e -> List.of(e.sku());
            case AddedToCart e -> List.of(e.sku());
            case PurchaseCompleted e -> e.lines().stream().map(PurchaseCompleted.Line::sku).distinct().toList();
            default -> List.of();
        };
    }

    private void publishHot(CommerceEvent event, Profile profile, Instant now) {
        try {
            hot.publish(profile, insights.of(profile, now));
        } catch (RuntimeException e) {
            LOG.warn("hot profile not refreshed eventId={} cause={}: {}", event.eventId(),
                    e.getClass().getSimpleName(), e.getMessage());
        }
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
