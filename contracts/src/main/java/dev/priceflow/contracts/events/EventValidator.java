package dev.priceflow.contracts.events;

import dev.priceflow.contracts.Money;
import dev.priceflow.contracts.Sku;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an event against the wire rules before it is accepted. Returns every violation found, so a
 * client can fix a batch in one go; an empty list means the event is valid.
 */
public final class EventValidator {

    /** Events stamped further in the future than this are rejected (clock skew allowance). */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    public static final int MAX_QUANTITY = 10_000;
    public static final int MAX_LINES = 500;
    public static final int MAX_TEXT = 256;

    private final Clock clock;

    public EventValidator(Clock clock) {
        this.clock = clock;
    }

    public List<String> violations(CommerceEvent event) {
        List<String> out = new ArrayList<>();
        if (event == null) {
            out.add("event is empty");
            return out;
        }
        if (event.eventId() == null) {
            out.add("eventId is required");
        }
        checkTime(event.occurredAt(), out);
        if (event.schemaVersion() != CommerceEvent.CURRENT_SCHEMA_VERSION) {
            out.add("schemaVersion " + event.schemaVersion() + " is not supported (expected "
                    + CommerceEvent.CURRENT_SCHEMA_VERSION + ")");
        }
        switch (event) {
            case ProductViewed e -> {
                requireText("userId", e.userId(), out);
                checkSku("sku", e.sku(), out);
            }
            case AddedToCart e -> {
                requireText("userId", e.userId(), out);
                checkSku("sku", e.sku(), out);
                checkQuantity("quantity", e.quantity(), out);
                checkMoney("unitPrice", e.unitPrice(), out);
            }
            case PurchaseCompleted e -> checkPurchase(e, out);
            case SearchPerformed e -> {
                requireText("userId", e.userId(), out);
                requireText("query", e.query(), out);
                if (e.resultCount() < 0) {
                    out.add("resultCount must not be negative");
                }
            }
            case CompetitorPriceObserved e -> {
                checkSku("sku", e.sku(), out);
                requireText("competitor", e.competitor(), out);
                checkMoney("price", e.price(), out);
            }
        }
        return out;
    }

    private void checkPurchase(PurchaseCompleted e, List<String> out) {
        requireText("userId", e.userId(), out);
        requireText("orderId", e.orderId(), out);
        if (e.lines().isEmpty()) {
            out.add("lines must not be empty");
        } else if (e.lines().size() > MAX_LINES) {
            out.add("lines must have at most " + MAX_LINES + " entries");
        }
        for (int i = 0; i < e.lines().size() && i < MAX_LINES; i++) {
            PurchaseCompleted.Line line = e.lines().get(i);
            String at = "lines[" + i + "].";
            if (line == null) {
                out.add(at + " is empty");
                continue;
            }
            checkSku(at + "sku", line.sku(), out);
            checkQuantity(at + "quantity", line.quantity(), out);
            checkMoney(at + "unitPrice", line.unitPrice(), out);
        }
    }

    private void checkTime(Instant occurredAt, List<String> out) {
        if (occurredAt == null) {
            out.add("occurredAt is required");
        } else if (occurredAt.isAfter(clock.instant().plus(MAX_CLOCK_SKEW))) {
            out.add("occurredAt is in the future");
        }
    }

    private static void requireText(String field, String value, List<String> out) {
        if (value == null || value.isBlank()) {
            out.add(field + " is required");
        } else if (value.length() > MAX_TEXT) {
            out.add(field + " must be at most " + MAX_TEXT + " characters");
        }
    }

    private static void checkSku(String field, String value, List<String> out) {
        if (!Sku.isWellFormed(value)) {
            out.add(field + " is not a well-formed SKU");
        }
    }

    private static void checkQuantity(String field, int quantity, List<String> out) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            out.add(field + " must be between 1 and " + MAX_QUANTITY);
        }
    }

    private static void checkMoney(String field, Money money, List<String> out) {
        if (money == null) {
            out.add(field + " is required");
        } else if (money.amount().compareTo(BigDecimal.ZERO) < 0) {
            out.add(field + " must not be negative");
        }
    }
}
