package dev.priceflow.pricing.promotion.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A promotion as marketing manages it: its definition, the stored lifecycle state, who created it, who approved
 * it (null: nobody) and the version used for optimistic locking (every change increments it). Ended and archived
 * promotions are kept, never deleted.
 */
public record ManagedPromotion(UUID id, PromotionSpec spec, PromotionStatus stored, String createdBy,
                               Instant createdAt, Instant updatedAt, long version, Instant endedAt,
                               String approvedBy, Instant approvedAt) {

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

    /** Not approved by anyone. */
    public ManagedPromotion(UUID id, PromotionSpec spec, PromotionStatus stored, String createdBy, Instant createdAt,
                            Instant updatedAt, long version, Instant endedAt) {
        this(id, spec, stored, createdBy, createdAt, updatedAt, version, endedAt, null, null);
    }

    /** A new promotion whose discount needs no approval. */
    public static ManagedPromotion created(UUID id, PromotionSpec spec, String createdBy, Instant now) {
        return created(id, spec, createdBy, now, false);
    }

    /** A new promotion: asked to be scheduled but {@code needsApproval} → pending approval instead. */
    public static ManagedPromotion created(UUID id, PromotionSpec spec, String createdBy, Instant now,
                                           boolean needsApproval) {
        return new ManagedPromotion(id, spec, stored(spec, needsApproval), createdBy, now, now, 0, null);
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

    /** Whether it may still be edited: a draft, pending approval, or scheduled and not yet started. */
    public boolean editable(Instant now) {
        PromotionStatus status = status(now);
        return status == PromotionStatus.DRAFT || status == PromotionStatus.PENDING_APPROVAL
                || status == PromotionStatus.SCHEDULED;
    }

    /** Whether it takes part in prices (the stored flag pricing reads; the window is checked when pricing). */
    public boolean prices() {
        return stored == PromotionStatus.SCHEDULED;
    }

    public ManagedPromotion edited(PromotionSpec newSpec, Instant now) {
        return edited(newSpec, now, false);
    }

    /** A new definition; any approval given to the old one is void (the approver approved other terms). */
    public ManagedPromotion edited(PromotionSpec newSpec, Instant now, boolean needsApproval) {
        return new ManagedPromotion(id, newSpec, stored(newSpec, needsApproval), createdBy, createdAt, now,
                version + 1, null, null, null);
    }

    /** Approved by {@code approver}: scheduled from now on. */
    public ManagedPromotion approved(String approver, Instant now) {
        return new ManagedPromotion(id, spec, PromotionStatus.SCHEDULED, createdBy, createdAt, now, version + 1, null,
                approver, now);
    }

    public ManagedPromotion ended(Instant now) {
        return new ManagedPromotion(id, spec, PromotionStatus.ENDED, createdBy, createdAt, now, version + 1, now,
                approvedBy, approvedAt);
    }

    public ManagedPromotion archived(Instant now) {
        return new ManagedPromotion(id, spec, PromotionStatus.ARCHIVED, createdBy, createdAt, now, version + 1,
                endedAt == null ? now : endedAt, approvedBy, approvedAt);
    }

    private static PromotionStatus stored(PromotionSpec spec, boolean needsApproval) {
        return spec.status() == PromotionStatus.SCHEDULED && needsApproval ? PromotionStatus.PENDING_APPROVAL
                : spec.status();
    }
}
