package dev.priceflow.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A shopper looked at a product page. */
public record ProductViewed(UUID eventId, Instant occurredAt, int schemaVersion, String userId, String sku,
                            String channel) implements CommerceEvent {
    @Override
    public String partitionKey() {
        return userId;
    }
}
