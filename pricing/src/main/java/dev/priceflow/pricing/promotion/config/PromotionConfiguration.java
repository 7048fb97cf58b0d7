package dev.priceflow.pricing.promotion.config;

import dev.priceflow.pricing.config.PricingProperties;
import dev.priceflow.pricing.config.QuoteCacheProperties;
import dev.priceflow.pricing.application.ShopperProfiles;
import dev.priceflow.pricing.promotion.application.ChangeNotifier;
import dev.priceflow.pricing.promotion.application.OfferCatalogue;
import dev.priceflow.pricing.promotion.application.OfferLookup;
import dev.priceflow.pricing.promotion.application.PricingVersionBump;
import dev.priceflow.pricing.promotion.application.PromotionAdmin;
import dev.priceflow.pricing.promotion.application.PromotionEvents;
import dev.priceflow.pricing.promotion.application.PromotionLifecycle;
import dev.priceflow.pricing.promotion.application.PromotionSettings;
import dev.priceflow.pricing.promotion.application.PromotionStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires marketing's promotion use cases. Timeouts: the database and the event reuse
 * {@code priceflow.pricing.timeouts.database} / {@code quote-event}; the version bump gets 3 attempts of
 * {@code pricing-version} each, 100 ms apart.
 */
@Configuration(proxyBeanMethods = false)
class PromotionConfiguration {

    @Bean
    PromotionSettings promotionSettings(PricingProperties properties) {
        PricingProperties.Timeouts t = properties.timeouts();
        return new PromotionSettings(t.database(), t.pricingVersion(), 3, Duration.ofMillis(100), t.quoteEvent());
    }

    @Bean
    ChangeNotifier promotionChangeNotifier(PricingVersionBump bump, PromotionEvents events,
                                           PromotionSettings settings, MeterRegistry meters) {
        return new ChangeNotifier(bump, events, settings, UUID::randomUUID, meters);
    }

    @Bean
    PromotionAdmin promotionAdmin(PromotionStore store, ChangeNotifier notifier, PromotionSettings settings,
                                  Clock clock, PromotionApprovalProperties approval) {
        return new PromotionAdmin(store, notifier, settings, clock, UUID::randomUUID, approval.rule());
    }

    @Bean
    OfferLookup offerLookup(OfferCatalogue catalogue, ShopperProfiles profiles, PricingProperties properties,
                            Clock clock, QuoteCacheProperties cache) {
        return new OfferLookup(catalogue, profiles, properties.timeouts().database(), clock, cache.settings());
    }

    @Bean
    PromotionLifecycle promotionLifecycle(PromotionAdmin admin, PromotionStore store) {
        return new PromotionLifecycle(admin, store);
    }
}
