package dev.priceflow.pricing.promotion.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The lifecycle draft → scheduled → active → ended. DRAFT, SCHEDULED and ENDED are stored; ACTIVE is never
 * stored but derived from time (a scheduled promotion inside its window), and so is the end of a scheduled
 * promotion whose window has passed. Only scheduled promotions price, and only inside their window.
 */
public enum PromotionStatus {
    DRAFT, SCHEDULED, ACTIVE, ENDED;

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
