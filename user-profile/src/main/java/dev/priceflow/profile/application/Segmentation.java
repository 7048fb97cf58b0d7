package dev.priceflow.profile.application;

import dev.priceflow.profile.domain.Profile;
import dev.priceflow.profile.domain.ProfileFeatures;
import dev.priceflow.profile.domain.ProfileInsights;
import dev.priceflow.profile.domain.SegmentRef;
import dev.priceflow.profile.segment.domain.Segment;
import dev.priceflow.profile.segment.domain.SegmentModel;
import dev.priceflow.profile.segment.domain.SegmentTrainer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains segment models over the shoppers who bought at least once (RFM is about buyers; a shopper who only
 * browsed would sit at monetary 0 and pull a centroid of their own) and assigns every shopper, browsers included,
 * to the nearest segment. The current
 * model is the latest stored one, cached for {@code cacheTtl} so that other instances' retraining is picked up.
 * Retraining re-assigns every shopper (PostgreSQL first, then the hot copies, fail-open per shopper).
 */
public final class Segmentation {

    private static final Logger LOG = LoggerFactory.getLogger(Segmentation.class);

    private final Profiles profiles;
    private final SegmentModels models;
    private final HotProfiles hot;
    private final ProfileInsights insights;
    private final SegmentTrainer trainer;
    private final Clock clock;
    private final Duration cacheTtl;
    private volatile Cached cached;

    public Segmentation(Profiles profiles, SegmentModels models, HotProfiles hot, ProfileInsights insights,
                        SegmentTrainer trainer, Clock clock, Duration cacheTtl) {
        this.profiles = profiles;
        this.models = models;
        this.hot = hot;
        this.insights = insights;
        this.trainer = trainer;
        this.clock = clock;
        this.cacheTtl = cacheTtl;
    }

    public Optional<SegmentModel> current() {
        Cached c = cached;
        Instant now = clock.instant();
        if (c == null || !now.isBefore(c.until())) {
            c = new Cached(models.latest().orElse(null), now.plus(cacheTtl));
            cached = c;
        }
        return Optional.ofNullable(c.model());
    }

    /** The segment of {@code p} under the current model at {@code now}, or null before any model exists. */
    public SegmentRef assign(Profile p, Instant now) {
        return current().map(m -> ref(m, m.assign(insights.vector(p, now)))).orElse(null);
    }

    /**
     * Retrains when there is no model yet or the current one is at least {@code maxAge} old; empty when nothing
     * was due or there were too few buyers (the next check tries again).
     */
    public Optional<SegmentModel> retrainIfDue(Duration maxAge) {
        Optional<SegmentModel> model = current();
        if (model.isPresent() && clock.instant().isBefore(model.get().trainedAt().plus(maxAge))) {
            return Optional.empty();
        }
        return retrain();
    }

    /** Trains, stores and applies a new model; empty when fewer buyers than k exist. */
    public synchronized Optional<SegmentModel> retrain() {
        Instant now = clock.instant();
        List<Profile> population = profiles.all().stream().filter(p -> p.totals().purchases() > 0).toList();
        if (population.size() < trainer.k()) {
            LOG.info("segments not trained shoppers={} k={}", population.size(), trainer.k());
            return Optional.empty();
        }
        SegmentModel model = models.save(trainer.train(ProfileFeatures.FEATURE_NAMES,
                population.stream().map(p -> insights.vector(p, now)).toList(), now));
        cached = new Cached(model, now.plus(cacheTtl));
        Map<String, SegmentRef> refs = new LinkedHashMap<>();
        List<Profile> everyone = profiles.all();
        everyone.forEach(p -> refs.put(p.userId(), ref(model, model.assign(insights.vector(p, now)))));
        profiles.assignSegments(refs);
        int failed = 0;
        for (Profile p : everyone) {
            try {
                Profile assigned = p.withSegment(refs.get(p.userId()));
                hot.publish(assigned, insights.of(assigned, now));
            } catch (RuntimeException e) {
                failed++;
            }
        }
        LOG.info("segments trained modelId={} shoppers={} k={} inertia={} hotFailures={}", model.id(),
                model.shoppers(), model.k(), model.inertia(), failed);
        return Optional.of(model);
    }

    /** Current shopper counts per segment of the model. */
    public Map<Integer, Long> sizes(SegmentModel model) {
        return profiles.segmentSizes(model.id());
    }

    private static SegmentRef ref(SegmentModel model, Segment segment) {
        return new SegmentRef(model.id(), segment.id(), segment.label());
    }

    private record Cached(SegmentModel model, Instant until) {
    }
}
