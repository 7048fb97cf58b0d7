package dev.priceflow.trends.application;

import dev.priceflow.contracts.Money;
import dev.priceflow.contracts.Sku;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.CompetitorPriceObserved;
import dev.priceflow.contracts.events.EventValidator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks competitor price observations and turns valid ones into events. The event id is name-based on
 * (sku, competitor, observedAt, price, currency), so sending the same observation twice is harmless.
 */
public final class ObservationRules {

    public static final int MAX_BATCH = 1_000;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,12}(\\.\\d{1,6})?");

    private ObservationRules() {
    }

    /** Every problem of one observation; {@code at} prefixes the field names. */
    public static List<FieldError> violations(ObservationInput in, String at, Clock clock) {
        List<FieldError> out = new ArrayList<>();
        if (!Sku.isWellFormed(in.sku())) {
            out.add(new FieldError(at + "sku", "must be 1-32 of A-Z, 0-9, '-', '_'"));
        }
        if (in.competitor() == null || in.competitor().isBlank()) {
            out.add(new FieldError(at + "competitor", "is required"));
        } else if (in.competitor().length() > EventValidator.MAX_TEXT) {
            out.add(new FieldError(at + "competitor", "must be at most " + EventValidator.MAX_TEXT + " characters"));
        }
        if (in.price() == null || !DECIMAL.matcher(in.price()).matches()) {
            out.add(new FieldError(at + "price", "must be a decimal string such as \"12.99\""));
        } else if (new BigDecimal(in.price()).signum() <= 0) {
            out.add(new FieldError(at + "price", "must be greater than 0"));
        }
        if (in.currency() == null || !CURRENCY.matcher(in.currency()).matches()) {
            out.add(new FieldError(at + "currency", "must be an ISO-4217 code such as GBP"));
        }
        if (in.observedAt() == null) {
            out.add(new FieldError(at + "observedAt", "is required (ISO-8601 instant)"));
        } else {
            try {
                if (Instant.parse(in.observedAt()).isAfter(clock.instant().plus(EventValidator.MAX_CLOCK_SKEW))) {
                    out.add(new FieldError(at + "observedAt", "is in the future"));
                }
            } catch (DateTimeParseException e) {
                out.add(new FieldError(at + "observedAt", "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z"));
            }
        }
        return out;
    }

    /** The event for a valid observation. */
    public static CompetitorPriceObserved toEvent(ObservationInput in) {
        Instant observedAt = Instant.parse(in.observedAt());
        String name = "competitor-price:" + in.sku() + ":" + in.competitor() + ":" + observedAt + ":" + in.price()
                + ":" + in.currency();
        return new CompetitorPriceObserved(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)),
                observedAt, CommerceEvent.CURRENT_SCHEMA_VERSION, in.sku(), in.competitor().strip(),
                new Money(new BigDecimal(in.price()), in.currency()));
    }
}
