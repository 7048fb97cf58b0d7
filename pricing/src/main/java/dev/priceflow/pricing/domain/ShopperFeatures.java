package dev.priceflow.pricing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The behavioural features of a shopper that personalization may use, read from the hot profile. Only
 * behaviour (what the shopper viewed, put in a cart and bought) is here: no protected or demographic
 * attribute is, or may be, added. {@code monetary} is the total spent in {@code currency};
 * {@code lastEventAt} may be null (not used by the current rule). {@code priceSensitivity} is user-profile's
 * estimate in 0..1 from what the shopper bought and skipped at which prices (null when the profile has none).
 */
public record ShopperFeatures(long purchases, BigDecimal monetary, String currency, long views, long cartAdds,
                              Instant lastEventAt, BigDecimal priceSensitivity) {

    /** Without a price-sensitivity estimate. */
    public ShopperFeatures(long purchases, BigDecimal monetary, String currency, long views, long cartAdds,
                           Instant lastEventAt) {
        this(purchases, monetary, currency, views, cartAdds, lastEventAt, null);
    }

    public ShopperFeatures {
        Objects.requireNonNull(monetary, "monetary");
        Objects.requireNonNull(currency, "currency");
        if (purchases < 0 || views < 0 || cartAdds < 0 || monetary.signum() < 0) {
            throw new IllegalArgumentException("shopper features must not be negative");
        }
        if (priceSensitivity != null && (priceSensitivity.signum() < 0 || priceSensitivity.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("priceSensitivity must be within 0..1, got " + priceSensitivity);
        }
    }
}
