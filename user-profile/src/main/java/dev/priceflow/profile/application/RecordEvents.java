package dev.priceflow.profile.application;

import dev.priceflow.contracts.events.AddedToCart;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.EventValidator;
import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.profile.application.RecordEvent.Outcome;
import dev.priceflow.profile.domain.BehaviourRules;
import dev.priceflow.profile.domain.Contribution;
import dev.priceflow.profile.domain.Profile;
import dev.priceflow.profile.domain.ProfileAggregation;
import dev.priceflow.profile.domain.ProfileDelta;
import dev.priceflow.profile.domain.ProfileInsights;
import dev.priceflow.profile.domain.ProfileTotals;
import dev.priceflow.profile.domain.ProductFacts;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts a batch of behaviour events with one catalogue look-up and one store transaction ({@link Profiles#recordAll})
 * instead of one each per event. The rules are those of one event at a time: each event is checked on its own
 * (invalid or refused: {@link Outcome.Rejected}; not about shoppers: {@link Outcome.Skipped}; an event id already
 * counted, in the store or earlier in the batch: {@link Outcome.Duplicate}); a shopper's events are applied to their
 * profile in batch order and the segment is assigned to the result, so the stored profile equals the one event-by-event
 * counting gives. The hot copies of every shopper touched (duplicates included, to heal a copy lost after a commit)
 * are refreshed after the commit, pipelined; a hot-copy failure is logged and the events still count. Database and
 * catalogue errors propagate: nothing of the batch is stored and the caller retries it.
 */
final class RecordEvents {

    private static final Logger LOG = LoggerFactory.getLogger(RecordEvents.class);

    private final EventValidator validator;
    private final ProfileAggregation aggregation;
    private final BehaviourRules rules;
    private final ProfileInsights insights;
    private final Catalogue catalogue;
    private final Profiles profiles;
    private final HotProfiles hot;
    private final Segmentation segmentation;
    private final Clock clock;

    RecordEvents(EventValidator validator, ProfileAggregation aggregation, BehaviourRules rules,
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

    /** Why the event can never be counted (invalid, or refused by the profile rules); empty when it can. */
    Optional<String> rejection(CommerceEvent event) {
        List<String> violations = validator.violations(event);
        if (!violations.isEmpty()) {
            return Optional.of("invalid event: " + String.join("; ", violations));
        }
        return aggregation.contributionOf(event) instanceof Contribution.Refused refused
                ? Optional.of(refused.reason()) : Optional.empty();
    }

    /** The outcome of each event, in the order given. */
    List<Outcome> handle(List<CommerceEvent> events) {
        Outcome[] outcomes = new Outcome[events.size()];
        Map<UUID, Integer> counting = new LinkedHashMap<>();
        Map<UUID, ProfileDelta> deltas = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            CommerceEvent event = events.get(i);
            Optional<String> rejected = rejection(event);
            if (rejected.isPresent()) {
                outcomes[i] = new Outcome.Rejected(rejected.get());
                continue;
            }
            switch (aggregation.contributionOf(event)) {
                case Contribution.NotAboutShoppers other -> outcomes[i] = new Outcome.Skipped(other.what());
                case Contribution.Counts counts when counting.containsKey(event.eventId()) ->
                        outcomes[i] = new Outcome.Duplicate();
                case Contribution.Counts counts -> {
                    counting.put(event.eventId(), i);
                    deltas.put(event.eventId(), counts.delta());
                }
                case Contribution.Refused refused -> outcomes[i] = new Outcome.Rejected(refused.reason());
            }
        }
        if (!counting.isEmpty()) {
            record(events, counting, deltas, outcomes);
        }
        return Arrays.asList(outcomes);
    }

    private void record(List<CommerceEvent> events, Map<UUID, Integer> counting, Map<UUID, ProfileDelta> deltas,
                        Outcome[] outcomes) {
        Set<String> skus = new LinkedHashSet<>();
        counting.values().forEach(i -> skus.addAll(skus(events.get(i))));
        Map<String, ProductFacts> facts = catalogue.facts(skus);
        Instant now = clock.instant();
        List<Profiles.Pending> pending = new ArrayList<>(counting.size());
        counting.forEach((id, i) -> pending.add(new Profiles.Pending(id, deltas.get(id).userId(),
                events.get(i).occurredAt())));
        Profiles.Batch batch = profiles.recordAll(pending, (stored, ids) -> {
            ProfileTotals totals = stored.totals();
            List<CommerceEvent> theirs = new ArrayList<>(ids.size());
            for (UUID id : ids) {
                totals = totals.plus(deltas.get(id));
                theirs.add(events.get(counting.get(id)));
            }
            Profile next = new Profile(totals, rules.applyAll(stored.behaviour(), theirs, facts), null);
            return next.withSegment(segmentation.assign(next, now));
        });
        counting.forEach((id, i) -> outcomes[i] = switch (batch.statuses().get(id)) {
            case APPLIED -> new Outcome.Applied(batch.profiles().get(deltas.get(id).userId()));
            case ALREADY_PROCESSED -> new Outcome.Duplicate();
            case ERASED -> new Outcome.Skipped("event from before the shopper's erasure");
        });
        publishHot(batch.profiles().values(), now);
    }

    private void publishHot(Iterable<Profile> touched, Instant now) {
        List<HotProfiles.Hot> copies = new ArrayList<>();
        touched.forEach(p -> copies.add(new HotProfiles.Hot(p, insights.of(p, now))));
        if (copies.isEmpty()) {
            return;
        }
        try {
            hot.publishAll(copies);
        } catch (RuntimeException e) {
            LOG.warn("hot profiles not refreshed shoppers={} cause={}: {}", copies.size(),
                    e.getClass().getSimpleName(), e.getMessage());
        }
    }

    private static List<String> skus(CommerceEvent event) {
        return switch (event) {
            case ProductViewed e -> List.of(e.sku());
            case AddedToCart e -> List.of(e.sku());
            case PurchaseCompleted e -> e.lines().stream().map(PurchaseCompleted.Line::sku).distinct().toList();
            default -> List.of();
        };
    }
}
