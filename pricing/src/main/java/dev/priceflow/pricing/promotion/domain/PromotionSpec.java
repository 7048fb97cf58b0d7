package dev.priceflow.pricing.promotion.domain;

import dev.priceflow.pricing.domain.Promotion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A checked promotion definition (see {@link PromotionRules}); {@code status} is DRAFT or SCHEDULED. */
public record PromotionSpec(String name, Promotion.Kind kind, BigDecimal value, Promotion.Target target,
                            Instant startsAt, Instant endsAt, PromotionStatus status) {

    public PromotionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        if (status != PromotionStatus.DRAFT && status != PromotionStatus.SCHEDULED) {
            throw new IllegalArgumentException("a promotion is saved as draft or scheduled, not " + status);
        }
    }
}
