package dev.priceflow.pricing.promotion.application;

import dev.priceflow.pricing.promotion.application.AuditEntry.Action;
import dev.priceflow.pricing.promotion.application.PromotionOutcome.Conflict;
import dev.priceflow.pricing.promotion.application.PromotionOutcome.Forbidden;
import dev.priceflow.pricing.promotion.application.PromotionOutcome.NotFound;
import dev.priceflow.pricing.promotion.domain.PromotionStatus;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Approval and archiving. A promotion pending approval is scheduled only when a marketing user other than its
 * creator approves it (four-eyes rule; the creator gets {@link Forbidden}). Archiving takes a draft, a pending or
 * an ended promotion out of the working list for good (a scheduled or active one must be ended first). Both are
 * audited, optimistic-locked and bump the pricing version like every other change ({@link PromotionAdmin#write}).
 */
public final class PromotionLifecycle {

    private static final Set<PromotionStatus> ARCHIVABLE = Set.of(PromotionStatus.DRAFT,
            PromotionStatus.PENDING_APPROVAL, PromotionStatus.ENDED);

    private final PromotionAdmin admin;
    private final PromotionStore store;

    public PromotionLifecycle(PromotionAdmin admin, PromotionStore store) {
        this.admin = admin;
        this.store = store;
    }

    public Mono<PromotionOutcome> approve(UUID id, Actor approver) {
        Instant now = admin.now();
        return admin.db(store.find(id)).flatMap(current -> {
            if (current.stored() != PromotionStatus.PENDING_APPROVAL) {
                return Mono.<PromotionOutcome>just(new Conflict("Only a promotion pending approval can be approved; "
                        + "this one is " + current.status(now).wire()));
            }
            if (approver.id().equals(current.createdBy())) {
                return Mono.<PromotionOutcome>just(new Forbidden("A promotion must be approved by a second marketing "
                        + "user, not by the one who created it"));
            }
            return admin.write(current, current.approved(approver.id(), now), Action.APPROVED, approver, now);
        }).defaultIfEmpty(new NotFound());
    }

    public Mono<PromotionOutcome> archive(UUID id, Actor actor) {
        Instant now = admin.now();
        return admin.db(store.find(id)).flatMap(current -> {
            PromotionStatus status = current.status(now);
            if (!ARCHIVABLE.contains(status)) {
                return Mono.<PromotionOutcome>just(new Conflict(status == PromotionStatus.ARCHIVED
                        ? "The promotion is already archived"
                        : "Only draft, pending-approval and ended promotions can be archived; this one is "
                                + status.wire() + " (end it first)"));
            }
            return admin.write(current, current.archived(now), Action.ARCHIVED, actor, now);
        }).defaultIfEmpty(new NotFound());
    }
}
