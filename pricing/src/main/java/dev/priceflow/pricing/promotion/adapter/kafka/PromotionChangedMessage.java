package dev.priceflow.pricing.promotion.adapter.kafka;

import dev.priceflow.pricing.promotion.application.PromotionEvents;
import java.time.Instant;
import java.util.UUID;

/**
 * The value of a {@code pricing.promotions-changed} record (key: promotion id). Deliberately small: a consumer
 * that needs the promotion reads it from the API. Consumers are idempotent on {@code eventId}.
 */
public record PromotionChangedMessage(int schemaVersion, UUID promotionId, String action, Instant occurredAt,
                                      UUID eventId) {

    public static final int SCHEMA_VERSION = 1;

    static PromotionChangedMessage of(PromotionEvents.Changed change) {
        return new PromotionChangedMessage(SCHEMA_VERSION, change.promotionId(), change.action().name(),
                change.occurredAt(), change.eventId());
    }
}
