package dev.priceflow.trends.adapter.streams;

import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.EventValidator;
import dev.priceflow.kit.kafka.CommerceEventReader;
import dev.priceflow.kit.kafka.PoisonEventException;
import java.util.List;

/** A record value read as an event, or the reason it cannot be: then it goes to the dead-letter topic. */
record Parsed(CommerceEvent event, String raw, String error) {

    boolean failed() {
        return error != null;
    }

    /** Reads and validates {@code raw}; {@code expected} narrows the accepted event type. */
    static Parsed read(String key, String raw, EventValidator validator, Class<? extends CommerceEvent> expected) {
        try {
            CommerceEvent event = CommerceEventReader.read(JsonSerde.JSON, raw);
            if (!expected.isInstance(event)) {
                return new Parsed(null, raw, "unexpected event type " + event.getClass().getSimpleName());
            }
            List<String> violations = validator.violations(event);
            if (!violations.isEmpty()) {
                return new Parsed(null, raw, "invalid event: " + String.join("; ", violations));
            }
            return new Parsed(event, raw, null);
        } catch (PoisonEventException e) {
            return new Parsed(null, raw, e.getMessage());
        } catch (RuntimeException e) {
            return new Parsed(null, raw, "unreadable event: " + e.getClass().getSimpleName());
        }
    }
}
