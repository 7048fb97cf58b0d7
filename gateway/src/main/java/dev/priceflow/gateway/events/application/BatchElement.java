package dev.priceflow.gateway.events.application;

import dev.priceflow.contracts.events.CommerceEvent;

/** One element of a submitted batch, at its position: either an event, or why it could not be read. */
public sealed interface BatchElement {

    int index();

    record Readable(int index, CommerceEvent event) implements BatchElement {
    }

    /** {@code eventId} is whatever the element carried, when it carried one; may be null. */
    record Unreadable(int index, String eventId, String reason) implements BatchElement {
    }
}
