package dev.priceflow.kit;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Beans every service gets unless it defines its own. */
@AutoConfiguration
public class ServiceKitAutoConfiguration {

    /** Logic takes time from this clock, never from {@code Instant.now()}, so tests can fix it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
