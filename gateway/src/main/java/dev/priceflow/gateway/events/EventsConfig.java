package dev.priceflow.gateway.events;

import dev.priceflow.contracts.events.EventValidator;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The wire rules for events, on the application's clock. */
@Configuration(proxyBeanMethods = false)
public class EventsConfig {

    @Bean
    EventValidator eventValidator(Clock clock) {
        return new EventValidator(clock);
    }
}
