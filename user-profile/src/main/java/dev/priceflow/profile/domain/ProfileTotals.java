package dev.priceflow.profile.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A shopper's behaviour counts so far and the money spent in {@code currency}. {@code lastEventAt} is
 * null while the shopper has no recorded event.
 */
public record ProfileTotals(String userId, long views, long cartAdds, long purchases, long searches,
                            long unitsBought, BigDecimal monetary, String currency, Instant lastEventAt) {

    public ProfileTotals {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(monetary, "monetary");
        Objects.requireNonNull(currency, "currency");
    }

    /** The profile of a shopper with no events yet: every count zero, nothing spent. */
    public static ProfileTotals empty(String userId, String currency) {
        return new ProfileTotals(userId, 0, 0, 0, 0, 0, MoneyRounding.toMinorUnit(BigDecimal.ZERO, currency),
                currency, null);
    }

    /** These totals with {@code d} added; {@code lastEventAt} is the later of the two. */
    public ProfileTotals plus(ProfileDelta d) {
        Instant last = lastEventAt == null || d.occurredAt().isAfter(lastEventAt) ? d.occurredAt() : lastEventAt;
        return new ProfileTotals(userId, views + d.views(), cartAdds + d.cartAdds(), purchases + d.purchases(),
                searches + d.searches(), unitsBought + d.unitsBought(), monetary.add(d.monetary()), currency, last);
    }
}
