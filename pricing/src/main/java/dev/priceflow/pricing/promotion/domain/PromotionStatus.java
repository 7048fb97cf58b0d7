package dev.priceflow.pricing.promotion.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The lifecycle draft → (pending approval) → scheduled → active → ended → archived. DRAFT, PENDING_APPROVAL,
 * SCHEDULED, ENDED and ARCHIVED are stored; ACTIVE is never stored but derived from time (a scheduled promotion
 * inside its window), and so is the end of a scheduled promotion whose window has passed. Only scheduled
 * promotions price, and only inside their window. PENDING_APPROVAL: asked to be scheduled, but its discount is
 * above the approval threshold and a second marketing user has not approved it yet.
 */
public enum PromotionStatus {
    DRAFT, PENDING_APPROVAL, SCHEDULED, ACTIVE, ENDED, ARCHIVED;

    /** The wire form: lower case. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the wire form (any case); empty when it names no status. */
    public static Optional<PromotionStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (PromotionStatus status : values()) {
            if (status.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
