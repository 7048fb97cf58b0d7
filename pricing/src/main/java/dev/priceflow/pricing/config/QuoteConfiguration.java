package dev.priceflow.pricing.config;

import dev.priceflow.pricing.application.Catalogue;
import dev.priceflow.pricing.application.PricingVersion;
import dev.priceflow.pricing.application.Promotions;
import dev.priceflow.pricing.application.QuoteEvents;
import dev.priceflow.pricing.application.QuoteLog;
import dev.priceflow.pricing.application.QuoteService;
import dev.priceflow.pricing.application.QuoteSettings;
import dev.priceflow.pricing.application.QuoteSigner;
import dev.priceflow.pricing.application.ShopperProfiles;
import dev.priceflow.pricing.domain.Personalization;
import dev.priceflow.pricing.domain.PersonalizationPolicy;
import dev.priceflow.pricing.domain.PriceCalculator;
import dev.priceflow.pricing.domain.PricePolicy;
import dev.priceflow.pricing.optimize.application.BaseStep;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java use case to its adapters. */
@Configuration(proxyBeanMethods = false)
class QuoteConfiguration {

    @Bean
    PriceCalculator priceCalculator(PricingProperties properties) {
        return new PriceCalculator(new PricePolicy(properties.minMargin(), properties.minimumPrice()));
    }

    @Bean
    Personalization personalization(PricingProperties properties) {
        PricingProperties.Personalization p = properties.personalization();
        return new Personalization(new PersonalizationPolicy(p.enabled(), p.maxPercent(), p.categoryMaxPercent(),
                p.disabledCategories(), p.disabledChannels(), p.loyaltyMinPurchases(), p.loyaltyMinMonetary(),
                p.loyaltyPercent(), p.sensitivityMinEvents(), p.sensitivityEventsPerPurchase(),
                p.sensitivityPercent(), p.sensitivityMinScore()));
    }

    @Bean
    QuoteService quoteService(Catalogue catalogue, Promotions promotions, QuoteLog quoteLog,
                              PricingVersion pricingVersion, QuoteEvents events, ShopperProfiles profiles,
                              Personalization personalization, PriceCalculator calculator,
                              QuoteSigner signer, PricingProperties properties, Clock clock,
                              MeterRegistry meters, BaseStep baseStep, QuoteCacheProperties cache) {
        PricingProperties.Timeouts timeouts = properties.timeouts();
        QuoteSettings settings = new QuoteSettings(properties.quoteTtl(), timeouts.database(),
                timeouts.pricingVersion(), timeouts.quoteEvent(), timeouts.profile());
        return new QuoteService(catalogue, promotions, quoteLog, pricingVersion, events, profiles, personalization,
                calculator,
                signer, settings, clock, UUID::randomUUID, meters, baseStep, cache.settings());
    }
}
