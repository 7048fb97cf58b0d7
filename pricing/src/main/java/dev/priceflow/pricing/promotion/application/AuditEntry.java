package dev.priceflow.pricing.promotion.application;

import dev.priceflow.pricing.promotion.domain.ManagedPromotion;
import java.time.Instant;
import java.util.Objects;

/** One row of {@code promotion_audit}: who changed what, when, and the promotion before and after. */
public record AuditEntry(Action action, Actor actor, Instant at, ManagedPromotion before, ManagedPromotion after) {

    public enum Action { CREATED, UPDATED, ENDED, APPROVED, ARCHIVED }

    public AuditEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(after, "after");
    }
}
