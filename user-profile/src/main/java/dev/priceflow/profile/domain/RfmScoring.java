package dev.priceflow.profile.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Fixed-threshold RFM scores (thresholds from configuration, so a score means the same for every shopper and
 * does not move when others join). Recency: days since the last purchase; score 5 when at most
 * {@code recencyDays[0]}, 4 when at most {@code recencyDays[1]}, … 1 beyond the last bound or without purchase.
 * Frequency (purchases) and monetary (total spent): 1 plus the number of thresholds reached.
 */
public record RfmScoring(List<Long> recencyDays, List<Long> frequency, List<BigDecimal> monetary) {

    public RfmScoring {
        if (recencyDays.size() != 4 || frequency.size() != 4 || monetary.size() != 4) {
            throw new IllegalArgumentException("RFM needs four thresholds per dimension (scores 1..5)");
        }
        recencyDays = List.copyOf(recencyDays);
        frequency = List.copyOf(frequency);
        monetary = List.copyOf(monetary);
    }

    public Rfm score(ProfileTotals totals, Instant lastPurchaseAt, Instant now) {
        Long days = lastPurchaseAt == null ? null : Math.max(0, Duration.between(lastPurchaseAt, now).toDays());
        int r = 1;
        if (days != null) {
            r = 5;
            for (long bound : recencyDays) {
                if (days > bound) {
                    r--;
                }
            }
        }
        int f = 1 + (int) frequency.stream().filter(t -> totals.purchases() >= t).count();
        int m = 1 + (int) monetary.stream().filter(t -> totals.monetary().compareTo(t) >= 0).count();
        return new Rfm(days, totals.purchases(), totals.monetary(), r, f, m);
    }
}
