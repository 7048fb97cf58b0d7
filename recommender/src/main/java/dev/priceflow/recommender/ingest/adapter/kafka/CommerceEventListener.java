package dev.priceflow.recommender.ingest.adapter.kafka;

import dev.priceflow.contracts.Topics;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.kit.kafka.CommerceEventReader;
import dev.priceflow.kit.kafka.PoisonEventException;
import dev.priceflow.recommender.ingest.application.RecordInteraction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes {@code commerce.events} as group {@code priceflow-recommender} from the earliest offset (so the
 * replayed demo history is seen). Unreadable or invalid records are poison (dead-lettered); Redis errors
 * propagate and are retried by {@link KafkaErrorHandling}.
 */
@Component
class CommerceEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(CommerceEventListener.class);

    private final JsonMapper json;
    private final RecordInteraction record;

    CommerceEventListener(JsonMapper json, RecordInteraction record) {
        this.json = json;
        this.record = record;
    }

    @KafkaListener(id = "recommender-commerce-events", idIsGroup = false, topics = Topics.COMMERCE_EVENTS)
    void onEvent(ConsumerRecord<String, String> rec) {
        CommerceEvent event = CommerceEventReader.read(json, rec.value());
        RecordInteraction.Outcome outcome;
        try {
            outcome = record.handle(event);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(e.getMessage());
        }
        LOG.debug("event handled eventId={} outcome={} partition={} offset={}", event.eventId(), outcome,
                rec.partition(), rec.offset());
    }
}
