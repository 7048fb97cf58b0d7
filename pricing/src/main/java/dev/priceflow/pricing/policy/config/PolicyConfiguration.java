package dev.priceflow.pricing.policy.config;

import dev.priceflow.pricing.config.PricingProperties;
import dev.priceflow.pricing.policy.application.PolicyAdmin;
import dev.priceflow.pricing.policy.application.PolicyStore;
import dev.priceflow.pricing.promotion.application.PricingVersionBump;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the policy use cases; timeouts reuse {@code priceflow.pricing.timeouts.database / pricing-version}. */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

    @Bean
    PolicyAdmin policyAdmin(PolicyStore store, PricingVersionBump bump, PricingProperties properties, Clock clock) {
        return new PolicyAdmin(store, bump, properties.timeouts().database(), properties.timeouts().pricingVersion(),
                clock);
    }
}
