package dev.priceflow.infra.demo;

import dev.priceflow.contracts.Money;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.EventValidator;
import dev.priceflow.contracts.events.PurchaseCompleted;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns the purchase history into one {@link PurchaseCompleted} per (user, invoice), oldest first. */
final class PurchaseEvents {

    static final String CURRENCY = "GBP";

    private PurchaseEvents() {
    }

    /**
     * The event id is a name-based (type 3) UUID of "priceflow-demo:{invoiceNo}:{userId}", so a replay sends the
     * same ids and idempotent consumers ignore it. Every event is checked with {@link EventValidator}.
     */
    static List<PurchaseCompleted> from(List<PurchaseRow> rows, Clock clock) {
        Map<String, List<PurchaseRow>> byInvoice = new LinkedHashMap<>();
        for (PurchaseRow row : rows) {
            byInvoice.computeIfAbsent(row.userId() + "\n" + row.invoiceNo(), k -> new ArrayList<>()).add(row);
        }
        EventValidator validator = new EventValidator(clock);
        List<PurchaseCompleted> events = new ArrayList<>(byInvoice.size());
        for (List<PurchaseRow> lines : byInvoice.values()) {
            PurchaseRow first = lines.getFirst();
            PurchaseCompleted event = new PurchaseCompleted(eventId(first.invoiceNo(), first.userId()),
                    first.invoiceDate(), CommerceEvent.CURRENT_SCHEMA_VERSION, first.userId(), first.invoiceNo(),
                    lines.stream().map(l -> new PurchaseCompleted.Line(l.sku(), l.quantity(),
                            new Money(l.unitPrice(), CURRENCY))).toList());
            List<String> violations = validator.violations(event);
            if (!violations.isEmpty()) {
                throw new IllegalArgumentException("invoice " + first.invoiceNo() + " of " + first.userId()
                        + " is not a valid event: " + violations);
            }
            events.add(event);
        }
        events.sort(Comparator.comparing(PurchaseCompleted::occurredAt).thenComparing(PurchaseCompleted::orderId));
        return events;
    }

    static UUID eventId(String invoiceNo, String userId) {
        return UUID.nameUUIDFromBytes(("priceflow-demo:" + invoiceNo + ":" + userId).getBytes(StandardCharsets.UTF_8));
    }
}
