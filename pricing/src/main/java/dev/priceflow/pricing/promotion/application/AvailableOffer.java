package dev.priceflow.pricing.promotion.application;

import dev.priceflow.pricing.domain.Audience;
import dev.priceflow.pricing.domain.Promotion;
import java.util.UUID;

/** A multi-unit cart offer a shopper could get by adding to the cart, e.g. "buy 2 get 1 free" (for the storefront). */
public record AvailableOffer(UUID promotionId, String name, Promotion.Kind kind, String description,
                             Audience audience) {
}
