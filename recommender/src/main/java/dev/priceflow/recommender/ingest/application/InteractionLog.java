package dev.priceflow.recommender.ingest.application;

import java.util.List;

/** Where the consumer keeps interactions (Redis). Blocking: called from the Kafka listener thread. */
public interface InteractionLog {

    /** Marks the event applied; false when it already was (duplicate delivery). */
    boolean markSeen(String eventId);

    /** Forgets the mark, so a failed event is applied again on redelivery. */
    void unmarkSeen(String eventId);

    /** Records that the shopper interacted with {@code sku} with {@code weight}; updates co-view and popularity. */
    void interacted(String userId, String sku, double weight, boolean addToCart);

    /** Records a completed order: bought set, co-purchase pairs, cart cleared. */
    void purchased(String userId, List<String> skus, double weight);

    /** Drops the shopper's cached answers. */
    void invalidate(String userId);
}
