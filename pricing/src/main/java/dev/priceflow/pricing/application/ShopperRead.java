package dev.priceflow.pricing.application;

import dev.priceflow.pricing.domain.ShopperFeatures;
import java.util.Optional;

/** What a quote read of the shopper: the profile's features (empty: no profile), or that it could not be read. */
record ShopperRead(Optional<ShopperFeatures> features, boolean unavailable) {

    static final ShopperRead NONE = new ShopperRead(Optional.empty(), false);
    static final ShopperRead UNAVAILABLE = new ShopperRead(Optional.empty(), true);

    static ShopperRead of(ShopperFeatures features) {
        return new ShopperRead(Optional.of(features), false);
    }
}
