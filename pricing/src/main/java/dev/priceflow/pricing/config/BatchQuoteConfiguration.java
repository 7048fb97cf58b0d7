package dev.priceflow.pricing.config;

import dev.priceflow.pricing.application.BatchQuotes;
import dev.priceflow.pricing.application.Catalogue;
import dev.priceflow.pricing.application.QuoteService;
import dev.priceflow.pricing.application.QuoteSettings;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires batch quotes to the single-quote use case (same settings, same failure policies). */
@Configuration(proxyBeanMethods = false)
class BatchQuoteConfiguration {

    @Bean
    BatchQuotes batchQuotes(QuoteService quotes, Catalogue catalogue, PricingProperties properties, Clock clock) {
        PricingProperties.Timeouts t = properties.timeouts();
        return new BatchQuotes(quotes, catalogue, new QuoteSettings(properties.quoteTtl(), t.database(),
                t.pricingVersion(), t.quoteEvent(), t.profile()), clock);
    }
}
