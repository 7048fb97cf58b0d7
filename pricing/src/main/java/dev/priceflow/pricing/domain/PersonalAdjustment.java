package dev.priceflow.pricing.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What personalization decided for one shopper and product: a discount of {@code percent} off the list price
 * (zero: none) and the shopper-readable reason. Personalization only lowers prices.
 */
public record PersonalAdjustment(BigDecimal percent, String reason) {

    public PersonalAdjustment {
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(reason, "reason");
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException("a personal discount is in [0, 100), got " + percent);
        }
    }

    public static PersonalAdjustment none(String reason) {
        return new PersonalAdjustment(BigDecimal.ZERO, reason);
    }

    /** A shopper without a profile gets the standard (non-personal) price. */
    public static PersonalAdjustment noProfile() {
        return none("No personal adjustment: no shopping history yet, so the standard price applies");
    }

    /** Fail-open: when the profile cannot be read in time, the standard price applies. */
    public static PersonalAdjustment profileUnavailable() {
        return none("No personal adjustment: shopping history unavailable right now, so the standard price "
                + "applies");
    }

    public boolean applies() {
        return percent.signum() > 0;
    }
}
