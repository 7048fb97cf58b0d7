package dev.priceflow.contracts.events;

import dev.priceflow.contracts.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A shopper completed an order. Lines are the SKUs bought with quantity and unit price paid. */
public record PurchaseCompleted(UUID eventId, Instant occurredAt, int schemaVersion, String userId, String orderId,
                                List<Line> lines) implements CommerceEvent {

    public PurchaseCompleted {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    @Override
    public String partitionKey() {
        return userId;
    }

    /**
     * One order line: the SKU, how many, the unit price paid, and whether a promotion lowered that price
     * ({@code onPromotion}; absent in older events, read as {@code false}).
     */
    public record Line(String sku, int quantity, Money unitPrice, Boolean onPromotion) {

        public Line {
            onPromotion = Boolean.TRUE.equals(onPromotion);
        }

        public Line(String sku, int quantity, Money unitPrice) {
            this(sku, quantity, unitPrice, false);
        }
    }
}
