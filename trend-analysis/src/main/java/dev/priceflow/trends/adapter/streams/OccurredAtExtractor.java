package dev.priceflow.trends.adapter.streams;

import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;
import tools.jackson.databind.JsonNode;

/**
 * Event time is the event's {@code occurredAt}. A record without a readable one (it is going to the dead-letter
 * topic anyway) keeps the partition's current stream time, so corrupt input never moves stream time forward.
 */
public final class OccurredAtExtractor implements TimestampExtractor {

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        if (record.value() instanceof String value) {
            try {
                JsonNode occurredAt = JsonSerde.JSON.readTree(value).get("occurredAt");
                if (occurredAt != null && occurredAt.isString()) {
                    return Instant.parse(occurredAt.asString()).toEpochMilli();
                }
            } catch (RuntimeException unreadable) {
                // falls through: the parser step routes the record to the dead-letter topic
            }
        }
        return partitionTime >= 0 ? partitionTime : Math.max(0, record.timestamp());
    }
}
