package dev.priceflow.profile.adapter.kafka;

import dev.priceflow.kit.kafka.CommerceEventReader;
import dev.priceflow.kit.kafka.PoisonEventException;

import dev.priceflow.contracts.Topics;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.profile.application.RecordEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes {@code commerce.events} (group from {@code spring.kafka.consumer.group-id}). Unreadable or
 * invalid records throw {@link PoisonEventException} and are dead-lettered by {@link KafkaErrorHandling};
 * database errors propagate and are retried there.
 */
@Component
class CommerceEventListener {

    static final String LISTENER_ID = "user-profile-commerce-events";
    private static final Logger LOG = LoggerFactory.getLogger(CommerceEventListener.class);

    private final JsonMapper json;
    private final RecordEvent recordEvent;
    private final ProfileUpdateLag lag;

    CommerceEventListener(JsonMapper json, RecordEvent recordEvent, ProfileUpdateLag lag) {
        this.json = json;
        this.recordEvent = recordEvent;
        this.lag = lag;
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = Topics.COMMERCE_EVENTS)
    void onEvent(ConsumerRecord<String, String> record) {
        CommerceEvent event = parse(record.value());
        switch (recordEvent.handle(event)) {
            case RecordEvent.Outcome.Rejected rejected -> throw new PoisonEventException(rejected.reason());
            case RecordEvent.Outcome.Duplicate duplicate ->
                    LOG.info("event already counted eventId={} partition={} offset={}", event.eventId(),
                            record.partition(), record.offset());
            case RecordEvent.Outcome.Applied applied -> {
                lag.profileWritten(record);
                LOG.debug("event counted eventId={} type={}", event.eventId(), event.getClass().getSimpleName());
            }
            case RecordEvent.Outcome.Skipped skipped ->
                    LOG.debug("event not about shoppers eventId={} what={}", event.eventId(), skipped.what());
        }
    }

    CommerceEvent parse(String value) {
        return CommerceEventReader.read(json, value);
    }
}
