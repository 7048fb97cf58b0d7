package dev.priceflow.gateway.events.adapter.web;

import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.gateway.events.application.BatchElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code POST /api/v1/events} bodies. The body is a bare JSON array of events (not an envelope
 * object): the simplest shape for a storefront that buffers events and flushes the buffer. Each element
 * is read on its own, so one malformed element is reported at its index and the rest still count.
 * <p>Speed: a well-formed batch (the usual case) is bound in one pass straight to events; only when that
 * fails is the body read again as a tree, element by element, to say which element is wrong and why.
 */
class EventBatchReader {

    static final Set<String> TYPES = Set.of("ProductViewed", "AddedToCart", "PurchaseCompleted", "SearchPerformed",
            "CompetitorPriceObserved");

    private final JsonMapper json;
    private final int maxBatchSize;

    EventBatchReader(JsonMapper json, int maxBatchSize) {
        this.json = json;
        this.maxBatchSize = maxBatchSize;
    }

    /** The batch, or why it cannot be taken at all. */
    sealed interface Batch {
        record Elements(List<BatchElement> elements) implements Batch {
        }

        record Refused(HttpStatus status, String detail) implements Batch {
        }
    }

    Batch read(String body) {
        if (body == null || body.isBlank()) {
            return new Batch.Refused(HttpStatus.BAD_REQUEST, "the body must be a JSON array of events");
        }
        Batch fast = readWellFormed(body);
        return fast != null ? fast : readElementWise(body);
    }

    /** The element-by-element reading; {@link #read} gives the same answer, faster for well-formed batches. */
    Batch readElementWise(String body) {
        if (body == null || body.isBlank()) {
            return new Batch.Refused(HttpStatus.BAD_REQUEST, "the body must be a JSON array of events");
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            return new Batch.Refused(HttpStatus.BAD_REQUEST, "the body is not valid JSON");
        }
        if (root == null || !root.isArray()) {
            return new Batch.Refused(HttpStatus.BAD_REQUEST, "the body must be a JSON array of events");
        }
        if (root.isEmpty()) {
            return new Batch.Refused(HttpStatus.BAD_REQUEST, "the batch is empty");
        }
        if (root.size() > maxBatchSize) {
            return new Batch.Refused(HttpStatus.CONTENT_TOO_LARGE,
                    "a batch holds at most " + maxBatchSize + " events; this one has " + root.size());
        }
        List<BatchElement> elements = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            elements.add(element(i, root.get(i)));
        }
        return new Batch.Elements(elements);
    }

    /** The batch when every element binds to an event in one pass; null when the element-wise path must judge. */
    private Batch readWellFormed(String body) {
        CommerceEvent[] events;
        try {
            events = json.readValue(body, CommerceEvent[].class);
        } catch (JacksonException | IllegalArgumentException e) {
            return null;
        }
        if (events == null || events.length == 0 || events.length > maxBatchSize) {
            return null;
        }
        List<BatchElement> elements = new ArrayList<>(events.length);
        for (int i = 0; i < events.length; i++) {
            if (events[i] == null) {
                return null;
            }
            elements.add(new BatchElement.Readable(i, events[i]));
        }
        return new Batch.Elements(elements);
    }

    private BatchElement element(int index, JsonNode node) {
        if (!node.isObject()) {
            return new BatchElement.Unreadable(index, null, "element is not a JSON object");
        }
        String eventId = node.path("eventId").isString() ? node.get("eventId").asString() : null;
        String type = node.path("type").isString() ? node.get("type").asString() : null;
        if (type == null || !TYPES.contains(type)) {
            return new BatchElement.Unreadable(index, eventId, "type must be one of " + String.join(", ",
                    TYPES.stream().sorted().toList()));
        }
        try {
            return new BatchElement.Readable(index, json.treeToValue(node, CommerceEvent.class));
        } catch (JacksonException e) {
            return new BatchElement.Unreadable(index, eventId, describe(e));
        }
    }

    /** Names the field that failed, never the Java types behind it. */
    private static String describe(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "the event could not be read" : path + " has an invalid value";
    }
}
