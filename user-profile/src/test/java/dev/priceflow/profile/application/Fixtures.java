package dev.priceflow.profile.application;

import dev.priceflow.contracts.events.EventValidator;
import dev.priceflow.profile.domain.BehaviourRules;
import dev.priceflow.profile.domain.CategoryDecay;
import dev.priceflow.profile.domain.PriceSensitivity;
import dev.priceflow.profile.domain.ProductFacts;
import dev.priceflow.profile.domain.ProfileAggregation;
import dev.priceflow.profile.domain.ProfileInsights;
import dev.priceflow.profile.domain.RfmScoring;
import dev.priceflow.profile.segment.domain.SegmentModel;
import dev.priceflow.profile.segment.domain.SegmentTrainer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Wiring of the use cases over in-memory ports, as ProfileConfiguration does over the real ones. */
public final class Fixtures {

    public final InMemoryProfiles profiles = new InMemoryProfiles("GBP");
    public final RecordingHotProfiles hot = new RecordingHotProfiles();
    public final Map<String, ProductFacts> catalogue = new HashMap<>();
    public final List<SegmentModel> models = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();
    public final ProfileInsights insights = insights();
    public final BehaviourRules rules = new BehaviourRules(new CategoryDecay(Duration.ofDays(30)), 5);
    public final Segmentation segmentation;
    public final RecordEvent recordEvent;
    public final EraseProfile erase;
    public boolean catalogueDown;
    public boolean kafkaDown;

    public Fixtures(Clock clock, int k) {
        SegmentModels store = new SegmentModels() {
            @Override
            public SegmentModel save(SegmentModel model) {
                SegmentModel saved = model.withId(models.size() + 1);
                models.add(saved);
                return saved;
            }

            @Override
            public Optional<SegmentModel> latest() {
                return models.isEmpty() ? Optional.empty() : Optional.of(models.getLast());
            }

            @Override
            public void deleteAll() {
                models.clear();
            }
        };
        segmentation = new Segmentation(profiles, store, hot, insights, new SegmentTrainer(k, 42, 5, 100), clock,
                Duration.ZERO);
        Catalogue facts = skus -> {
            if (catalogueDown) {
                throw new IllegalStateException("catalogue unreachable");
            }
            Map<String, ProductFacts> out = new HashMap<>();
            skus.forEach(s -> out.put(s, catalogue.getOrDefault(s, ProductFacts.unknown(s))));
            return out;
        };
        recordEvent = new RecordEvent(new EventValidator(clock), new ProfileAggregation("GBP"), rules, insights,
                facts, profiles, hot, segmentation, clock);
        erase = new EraseProfile(profiles, hot, userId -> {
            if (kafkaDown) {
                throw new IllegalStateException("no ack");
            }
            notices.add(userId);
        }, clock);
    }

    public static ProfileInsights insights() {
        return new ProfileInsights(new RfmScoring(List.of(30L, 90L, 180L, 365L), List.of(2L, 4L, 8L, 16L),
                List.of(new BigDecimal("50"), new BigDecimal("200"), new BigDecimal("500"), new BigDecimal("1000"))),
                new PriceSensitivity(0.30, 2.0), 5);
    }

    public void product(String sku, String category, String listPrice) {
        catalogue.put(sku, new ProductFacts(sku, category, new BigDecimal(listPrice)));
    }
}
