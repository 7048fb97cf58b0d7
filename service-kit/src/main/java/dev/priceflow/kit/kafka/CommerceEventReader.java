package dev.priceflow.kit.kafka;

import dev.priceflow.contracts.events.CommerceEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads a {@code commerce.events} record value; anything unreadable is a {@link PoisonEventException}. */
public final class CommerceEventReader {

    private CommerceEventReader() {
    }

    public static CommerceEvent read(JsonMapper json, String value) {
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("empty record value");
        }
        try {
            CommerceEvent event = json.readValue(value, CommerceEvent.class);
            if (event == null) {
                throw new PoisonEventException("record value is JSON null");
            }
            return event;
        } catch (JacksonException e) {
            throw new PoisonEventException("unreadable event JSON: " + e.getOriginalMessage());
        }
    }
}
