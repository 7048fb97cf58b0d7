package dev.priceflow.pricing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The behavioural features of a shopper that personalization may use, read from the hot profile. Only
 * behaviour (what the shopper viewed, put in a cart and bought) is here: no protected or demographic
 * attribute is, or may be, added. {@code monetary} is the total spent in {@code currency};
 * {@code lastEventAt} may be null (not used by the current rule).
 */
public record ShopperFeatures(long purchases, BigDecimal monetary, String currency, long views, long cartAdds,
                              Instant lastEventAt) {

    public ShopperFeatures {
        Objects.requireNonNull(monetary, "monetary");
        Objects.requireNonNull(currency, "currency");
        if (purchases < 0 || views < 0 || cartAdds < 0 || monetary.signum() < 0) {
            throw new IllegalArgumentException("shopper features must not be negative");
        }
    }
}
