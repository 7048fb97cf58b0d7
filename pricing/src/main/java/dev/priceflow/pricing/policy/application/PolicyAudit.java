package dev.priceflow.pricing.policy.application;

import java.time.Instant;
import java.util.Objects;

/** Who changed a policy or SKU limit and when (the store adds before and after). */
public record PolicyAudit(String subject, String actorId, String actorName, Instant at) {

    public PolicyAudit {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(at, "at");
    }
}
