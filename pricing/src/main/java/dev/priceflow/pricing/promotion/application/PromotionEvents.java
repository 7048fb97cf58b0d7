package dev.priceflow.pricing.promotion.application;

import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Announces promotion changes on {@code pricing.promotions-changed} (key: promotion id). */
public interface PromotionEvents {

    record Changed(UUID promotionId, AuditEntry.Action action, Instant occurredAt, UUID eventId) {
    }

    Mono<Void> changed(Changed change);
}
