package dev.priceflow.contracts.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.UUID;

/**
 * A behaviour or market event on the wire. The JSON carries a {@code type} discriminator with the
 * simple record name ({@code "PurchaseCompleted"}). Consumers are idempotent on {@link #eventId()}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ProductViewed.class, name = "ProductViewed"),
    @JsonSubTypes.Type(value = AddedToCart.class, name = "AddedToCart"),
    @JsonSubTypes.Type(value = PurchaseCompleted.class, name = "PurchaseCompleted"),
    @JsonSubTypes.Type(value = SearchPerformed.class, name = "SearchPerformed"),
    @JsonSubTypes.Type(value = CompetitorPriceObserved.class, name = "CompetitorPriceObserved")
})
public sealed interface CommerceEvent
        permits ProductViewed, AddedToCart, PurchaseCompleted, SearchPerformed, CompetitorPriceObserved {

    /** The schema version this library writes. */
    int CURRENT_SCHEMA_VERSION = 1;

    UUID eventId();

    Instant occurredAt();

    int schemaVersion();

    /** The Kafka record key: the shopper for behaviour events, the SKU for market events. */
    String partitionKey();
}
