package dev.priceflow.profile;

import dev.priceflow.contracts.events.EventValidator;
import dev.priceflow.profile.application.Catalogue;
import dev.priceflow.profile.application.EraseProfile;
import dev.priceflow.profile.application.ErasureNotices;
import dev.priceflow.profile.application.HotProfiles;
import dev.priceflow.profile.application.ProfileQuery;
import dev.priceflow.profile.application.Profiles;
import dev.priceflow.profile.application.RecordEvent;
import dev.priceflow.profile.application.SegmentModels;
import dev.priceflow.profile.application.Segmentation;
import dev.priceflow.profile.domain.BehaviourRules;
import dev.priceflow.profile.domain.CategoryDecay;
import dev.priceflow.profile.domain.PriceSensitivity;
import dev.priceflow.profile.domain.ProfileAggregation;
import dev.priceflow.profile.domain.ProfileInsights;
import dev.priceflow.profile.domain.RfmScoring;
import dev.priceflow.profile.segment.domain.SegmentTrainer;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java use cases to their adapters. */
@Configuration(proxyBeanMethods = false)
class ProfileConfiguration {

    @Bean
    ProfileAggregation profileAggregation(ProfileProperties properties) {
        return new ProfileAggregation(properties.currency());
    }

    @Bean
    BehaviourRules behaviourRules(ProfileProperties properties) {
        return new BehaviourRules(new CategoryDecay(properties.categoryHalfLife()), properties.recentViews());
    }

    @Bean
    ProfileInsights profileInsights(ProfileProperties p) {
        return new ProfileInsights(new RfmScoring(p.rfm().recencyDays(), p.rfm().frequency(), p.rfm().monetary()),
                new PriceSensitivity(p.sensitivity().fullDepth(), p.sensitivity().priorWeight()), p.topCategories());
    }

    @Bean
    Segmentation segmentation(Profiles profiles, SegmentModels models, HotProfiles hot, ProfileInsights insights,
                              Clock clock, ProfileProperties p) {
        ProfileProperties.Segments s = p.segments();
        return new Segmentation(profiles, models, hot, insights,
                new SegmentTrainer(s.k(), s.seed(), s.runs(), s.maxIterations()), clock, s.modelCacheTtl());
    }

    @Bean
    RecordEvent recordEvent(Clock clock, ProfileAggregation aggregation, BehaviourRules rules,
                            ProfileInsights insights, Catalogue catalogue, Profiles profiles, HotProfiles hot,
                            Segmentation segmentation) {
        return new RecordEvent(new EventValidator(clock), aggregation, rules, insights, catalogue, profiles, hot,
                segmentation, clock);
    }

    @Bean
    ProfileQuery profileQuery(Profiles profiles, ProfileInsights insights, ProfileProperties properties,
                              Clock clock) {
        return new ProfileQuery(profiles, insights, properties.currency(), clock);
    }

    @Bean
    EraseProfile eraseProfile(Profiles profiles, HotProfiles hot, ErasureNotices notices, Clock clock) {
        return new EraseProfile(profiles, hot, notices, clock);
    }
}
