package dev.priceflow.contracts.events;

import dev.priceflow.contracts.Money;
import java.time.Instant;
import java.util.UUID;

/** A shopper put a quantity of a product into the cart at the unit price shown. */
public record AddedToCart(UUID eventId, Instant occurredAt, int schemaVersion, String userId, String sku,
                          int quantity, Money unitPrice) implements CommerceEvent {
    @Override
    public String partitionKey() {
        return userId;
    }
}
