package dev.priceflow.forecast.history.application;

import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.EventValidator;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.forecast.history.domain.PurchaseSales;
import java.util.List;

/**
 * Adds a completed purchase to the daily sales history, at most once per event id. Other event types are
 * ignored (not validated: they are not this service's business). Invalid purchases are rejected, for the
 * caller to dead-letter. Database errors propagate so the caller retries.
 */
public final class RecordPurchase {

    private final EventValidator validator;
    private final PurchaseSales purchaseSales;
    private final SalesHistory history;

    public RecordPurchase(EventValidator validator, PurchaseSales purchaseSales, SalesHistory history) {
        this.validator = validator;
        this.purchaseSales = purchaseSales;
        this.history = history;
    }

    public Outcome handle(CommerceEvent event) {
        if (!(event instanceof PurchaseCompleted purchase)) {
            return new Outcome.Ignored(event == null ? "null" : event.getClass().getSimpleName());
        }
        List<String> violations = validator.violations(purchase);
        if (!violations.isEmpty()) {
            return new Outcome.Rejected("invalid event: " + String.join("; ", violations));
        }
        return switch (purchaseSales.of(purchase)) {
            case PurchaseSales.Result.Refused refused -> new Outcome.Rejected(refused.reason());
            case PurchaseSales.Result.Sales sales -> history.addOnce(purchase.eventId(), sales.rows())
                    ? new Outcome.Applied(sales.rows().size())
                    : new Outcome.Duplicate();
        };
    }

    /** How an event was handled. */
    public sealed interface Outcome {
        record Applied(int skuDays) implements Outcome {
        }

        record Duplicate() implements Outcome {
        }

        record Ignored(String type) implements Outcome {
        }

        record Rejected(String reason) implements Outcome {
        }
    }
}
