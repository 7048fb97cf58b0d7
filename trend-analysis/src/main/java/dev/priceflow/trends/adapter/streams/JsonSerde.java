package dev.priceflow.trends.adapter.streams;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** JSON serde for the topology's own records (state stores, repartition topics, signals). */
final class JsonSerde {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonSerde() {
    }

    static <T> Serde<T> of(Class<T> type) {
        Serializer<T> serializer = (topic, value) -> value == null ? null : JSON.writeValueAsBytes(value);
        Deserializer<T> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return JSON.readValue(bytes, type);
            } catch (JacksonException e) {
                throw new SerializationException("unreadable " + type.getSimpleName() + ": " + e.getOriginalMessage());
            }
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
