package dev.priceflow.contracts.events;

import dev.priceflow.contracts.Money;
import java.time.Instant;
import java.util.UUID;

/** A competitor's shelf price for one of our SKUs, as observed by a feed or crawler. */
public record CompetitorPriceObserved(UUID eventId, Instant occurredAt, int schemaVersion, String sku,
                                      String competitor, Money price) implements CommerceEvent {
    @Override
    public String partitionKey() {
        return sku;
    }
}
