package dev.priceflow.bench;

import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Request bodies of the suite, written by hand (no mapper on the hot path) and checked against the contracts
 * records by PayloadsTest: ProductViewed events with fresh ids, and batch-quote requests.
 */
public final class Payloads {

    private Payloads() {
    }

    /** One ProductViewed event (contracts.events.ProductViewed with its "type" discriminator). */
    public static String productViewed(UUID eventId, Instant occurredAt, String userId, String sku) {
        return "{\"type\":\"ProductViewed\",\"eventId\":\"" + eventId + "\",\"occurredAt\":\"" + occurredAt
                + "\",\"schemaVersion\":1,\"userId\":\"" + userId + "\",\"sku\":\"" + sku + "\",\"channel\":\"web\"}";
    }

    /** A JSON array of {@code size} ProductViewed events of {@code userId}, SKUs taken round-robin from {@code skus}. */
    public static String viewBatch(int size, long seq, String userId, List<String> skus, Instant now) {
        StringJoiner array = new StringJoiner(",", "[", "]");
        for (int i = 0; i < size; i++) {
            String sku = skus.get((int) ((seq * size + i) % skus.size()));
            array.add(productViewed(UUID.randomUUID(), now, userId, sku));
        }
        return array.toString();
    }

    /** contracts.api.BatchQuoteRequest: {@code {"skus":[...],"channel":"web"}}. */
    public static String batchQuote(List<String> skus) {
        StringJoiner array = new StringJoiner("\",\"", "[\"", "\"]");
        skus.forEach(array::add);
        return "{\"skus\":" + array + ",\"channel\":\"web\"}";
    }
}
