package dev.priceflow.profile;

import dev.priceflow.contracts.events.EventValidator;
import dev.priceflow.profile.application.HotProfiles;
import dev.priceflow.profile.application.ProfileQuery;
import dev.priceflow.profile.application.Profiles;
import dev.priceflow.profile.application.RecordEvent;
import dev.priceflow.profile.domain.ProfileAggregation;
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
    RecordEvent recordEvent(Clock clock, ProfileAggregation aggregation, Profiles profiles, HotProfiles hot) {
        return new RecordEvent(new EventValidator(clock), aggregation, profiles, hot);
    }

    @Bean
    ProfileQuery profileQuery(Profiles profiles, ProfileAggregation aggregation) {
        return new ProfileQuery(profiles, aggregation);
    }
}
