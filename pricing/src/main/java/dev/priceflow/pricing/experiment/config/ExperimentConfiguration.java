package dev.priceflow.pricing.experiment.config;

import dev.priceflow.pricing.application.QuoteService;
import dev.priceflow.pricing.config.PricingProperties;
import dev.priceflow.pricing.experiment.application.ExperimentAdmin;
import dev.priceflow.pricing.experiment.application.ExperimentQuoteStep;
import dev.priceflow.pricing.experiment.application.ExperimentStore;
import dev.priceflow.pricing.experiment.application.PricingVersionBumper;
import dev.priceflow.pricing.experiment.application.PurchaseAttribution;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires experiments. Arm changes are bounded by the personalization cap ({@code personalization.max-percent}).
 * The quote step is handed to the existing {@link QuoteService} (single and batch quotes) here, so the quote
 * wiring itself stays untouched.
 */
@Configuration(proxyBeanMethods = false)
class ExperimentConfiguration {

    @Bean
    ExperimentAdmin experimentAdmin(ExperimentStore store, PricingVersionBumper bumper, PricingProperties pricing,
                                    ExperimentProperties properties, Clock clock) {
        return new ExperimentAdmin(store, bumper, pricing.personalization().maxPercent(), properties.currency(),
                pricing.timeouts().database(), clock);
    }

    @Bean
    ExperimentQuoteStep experimentQuoteStep(ExperimentStore store, ExperimentProperties properties, Clock clock,
                                            QuoteService quotes) {
        ExperimentQuoteStep step = new ExperimentQuoteStep(store, properties.refresh(), properties.timeout(), clock);
        quotes.useExperiments(step);
        return step;
    }

    @Bean
    PurchaseAttribution purchaseAttribution(ExperimentStore store, PricingProperties pricing) {
        return new PurchaseAttribution(store, pricing.timeouts().database());
    }
}
