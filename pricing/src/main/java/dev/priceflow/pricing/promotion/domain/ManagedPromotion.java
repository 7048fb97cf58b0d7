package dev.priceflow.pricing.promotion.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A promotion as marketing manages it: its definition, the stored lifecycle state, who created it and the
 * version used for optimistic locking (every change increments it). Ended promotions are kept, never deleted.
 */
public record ManagedPromotion(UUID id, PromotionSpec spec, PromotionStatus stored, String createdBy,
                               Instant createdAt, Instant updatedAt, long version, Instant endedAt) {

    public ManagedPromotion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (stored == PromotionStatus.ACTIVE) {
            throw new IllegalArgumentException("ACTIVE is derived from time, never stored");
        }
    }

    public static ManagedPromotion created(UUID id, PromotionSpec spec, String createdBy, Instant now) {
        return new ManagedPromotion(id, spec, spec.status(), createdBy, now, now, 0, null);
    }

    /** The status at {@code now}: a scheduled promotion is active inside its window and ended after it. */
    public PromotionStatus status(Instant now) {
        if (stored != PromotionStatus.SCHEDULED) {
            return stored;
        }
        if (now.isBefore(spec.startsAt())) {
            return PromotionStatus.SCHEDULED;
        }
        return now.isBefore(spec.endsAt()) ? PromotionStatus.ACTIVE : PromotionStatus.ENDED;
    }

    /** Whether it may still be edited: a draft, or scheduled and not yet started. */
    public boolean editable(Instant now) {
        PromotionStatus status = status(now);
        return status == PromotionStatus.DRAFT || status == PromotionStatus.SCHEDULED;
    }

    /** Whether it takes part in prices (the stored flag pricing reads; the window is checked when pricing). */
    public boolean prices() {
        return stored == PromotionStatus.SCHEDULED;
    }

    public ManagedPromotion edited(PromotionSpec newSpec, Instant now) {
        return new ManagedPromotion(id, newSpec, newSpec.status(), createdBy, createdAt, now, version + 1, null);
    }

    public ManagedPromotion ended(Instant now) {
        return new ManagedPromotion(id, spec, PromotionStatus.ENDED, createdBy, createdAt, now, version + 1, now);
    }
}
