package dev.priceflow.profile.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * What one behaviour event adds to a shopper's profile. {@code monetary} is already rounded to the
 * currency's minor unit ({@link MoneyRounding}); counts are never negative.
 */
public record ProfileDelta(String userId, long views, long cartAdds, long purchases, long searches,
                           long unitsBought, BigDecimal monetary, String currency, Instant occurredAt) {

    public ProfileDelta {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(monetary, "monetary");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (views < 0 || cartAdds < 0 || purchases < 0 || searches < 0 || unitsBought < 0
                || monetary.signum() < 0) {
            throw new IllegalArgumentException("a profile delta never subtracts");
        }
    }
}
