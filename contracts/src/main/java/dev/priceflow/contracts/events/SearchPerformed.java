package dev.priceflow.contracts.events;

import java.time.Instant;
import java.util.UUID;

/** A shopper searched the catalogue. */
public record SearchPerformed(UUID eventId, Instant occurredAt, int schemaVersion, String userId, String query,
                              int resultCount) implements CommerceEvent {
    @Override
    public String partitionKey() {
        return userId;
    }
}
