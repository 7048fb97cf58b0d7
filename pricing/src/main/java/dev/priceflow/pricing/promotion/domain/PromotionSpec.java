package dev.priceflow.pricing.promotion.domain;

import dev.priceflow.pricing.domain.Audience;
import dev.priceflow.pricing.domain.OfferRule;
import dev.priceflow.pricing.domain.Promotion;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A checked promotion definition (see {@link PromotionRules}); {@code status} is DRAFT or SCHEDULED (what was
 * asked for). {@code startsAt}/{@code endsAt} are instants; {@code timeZone} is the IANA zone the schedule is
 * shown and was entered in. {@code rule}: the terms of a multi-unit kind (null for the others); {@code audience}: who
 * may get it (default everyone).
 */
public record PromotionSpec(String name, Promotion.Kind kind, BigDecimal value, Promotion.Target target,
                            Instant startsAt, Instant endsAt, PromotionStatus status, ZoneId timeZone,
                            OfferRule rule, Audience audience) {

    /** The zone of a schedule that names none. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");

    public PromotionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        timeZone = timeZone == null ? DEFAULT_ZONE : timeZone;
        audience = audience == null ? Audience.EVERYONE : audience;
        if (kind.multiUnit() != (rule != null) || (rule != null && rule.kind() != kind)) {
            throw new IllegalArgumentException("a " + kind + " promotion needs " + (kind.multiUnit() ? "its" : "no")
                    + " rule");
        }
        if (status != PromotionStatus.DRAFT && status != PromotionStatus.SCHEDULED) {
            throw new IllegalArgumentException("a promotion is saved as draft or scheduled, not " + status);
        }
    }

    /** A single-unit kind for everyone. */
    public PromotionSpec(String name, Promotion.Kind kind, BigDecimal value, Promotion.Target target,
                         Instant startsAt, Instant endsAt, PromotionStatus status, ZoneId timeZone) {
        this(name, kind, value, target, startsAt, endsAt, status, timeZone, null, Audience.EVERYONE);
    }

    /** In the default zone. */
    public PromotionSpec(String name, Promotion.Kind kind, BigDecimal value, Promotion.Target target,
                         Instant startsAt, Instant endsAt, PromotionStatus status) {
        this(name, kind, value, target, startsAt, endsAt, status, DEFAULT_ZONE);
    }
}
