package dev.priceflow.pricing.order.config;

import dev.priceflow.pricing.application.Catalogue;
import dev.priceflow.pricing.application.QuoteVerifier;
import dev.priceflow.pricing.application.ShopperProfiles;
import dev.priceflow.pricing.config.PricingProperties;
import dev.priceflow.pricing.domain.PricePolicy;
import dev.priceflow.pricing.order.application.CartOffers;
import dev.priceflow.pricing.order.application.CartService;
import dev.priceflow.pricing.order.application.Checkout;
import dev.priceflow.pricing.order.application.OrderStore;
import dev.priceflow.pricing.order.application.ReceiptWriter;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires cart pricing and checkout; the database timeout is {@code priceflow.pricing.timeouts.database}. */
@Configuration(proxyBeanMethods = false)
class OrderConfiguration {

    @Bean
    CartService cartService(QuoteVerifier verifier, Catalogue catalogue, CartOffers offers,
                            PricingProperties properties, CartProperties cart, Clock clock, ShopperProfiles profiles) {
        return new CartService(verifier, catalogue, offers,
                new PricePolicy(properties.minMargin(), properties.minimumPrice()), cart.policy(),
                properties.timeouts().database(), clock, profiles);
    }

    @Bean
    Checkout checkout(CartService carts, OrderStore store, ReceiptWriter receipts, PricingProperties properties) {
        // the transaction runs several statements: allow it twice the single-query timeout
        return new Checkout(carts, store, receipts, properties.timeouts().database().multipliedBy(2),
                UUID::randomUUID);
    }
}
