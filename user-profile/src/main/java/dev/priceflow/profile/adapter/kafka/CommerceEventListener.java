package dev.priceflow.profile.adapter.kafka;

import dev.priceflow.contracts.Topics;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.kit.kafka.CommerceEventReader;
import dev.priceflow.kit.kafka.PoisonEventException;
import dev.priceflow.profile.application.RecordEvent;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes {@code commerce.events} (group from {@code spring.kafka.consumer.group-id}) a poll at a time: the records
 * are read and checked one by one, then counted with one store transaction ({@link RecordEvent#handleAll}); the
 * container commits the offsets after this returns (ack-mode batch), so a crash replays the batch and the event-id
 * guard makes the replay count nothing twice. A record failing is pointed out with a
 * {@link BatchListenerFailedException}: {@link KafkaErrorHandling} commits the records before it, dead-letters it
 * when it is poison (unreadable or invalid: the records before it are counted first) or retries from it when the
 * error may heal, and redelivers the records after it. When a whole batch fails, its records are counted one at a
 * time to find the record at fault, so one bad record never holds back or dead-letters its neighbours.
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

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = Topics.COMMERCE_EVENTS, batch = "true")
    void onEvents(List<ConsumerRecord<String, String>> records) {
        List<CommerceEvent> events = new ArrayList<>(records.size());
        PoisonEventException poison = null;
        records.forEach(lag::received);
        for (ConsumerRecord<String, String> record : records) {
            try {
                events.add(checked(record.value()));
            } catch (PoisonEventException e) {
                poison = e;
                break;
            }
        }
        count(records.subList(0, events.size()), events);
        if (poison != null) {
            throw new BatchListenerFailedException(poison.getMessage(), poison, records.get(events.size()));
        }
    }

    /** The event of a record value; a {@link PoisonEventException} when it is unreadable or can never count. */
    CommerceEvent checked(String value) {
        CommerceEvent event = CommerceEventReader.read(json, value);
        recordEvent.rejection(event).ifPresent(reason -> {
            throw new PoisonEventException(reason);
        });
        return event;
    }

    private void count(List<ConsumerRecord<String, String>> records, List<CommerceEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<RecordEvent.Outcome> outcomes;
        try {
            outcomes = recordEvent.handleAll(events);
        } catch (RuntimeException e) {
            LOG.warn("batch of {} events not counted, counting them one at a time cause={}: {}", events.size(),
                    e.getClass().getSimpleName(), e.getMessage());
            countOneByOne(records, events);
            return;
        }
        for (int i = 0; i < events.size(); i++) {
            report(records.get(i), events.get(i), outcomes.get(i));
        }
    }

    private void countOneByOne(List<ConsumerRecord<String, String>> records, List<CommerceEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            RecordEvent.Outcome outcome;
            try {
                outcome = recordEvent.handle(events.get(i));
            } catch (RuntimeException e) {
                throw new BatchListenerFailedException("event not counted eventId=" + events.get(i).eventId(), e,
                        records.get(i));
            }
            report(records.get(i), events.get(i), outcome);
        }
    }

    private void report(ConsumerRecord<String, String> record, CommerceEvent event, RecordEvent.Outcome outcome) {
        switch (outcome) {
            case RecordEvent.Outcome.Applied applied -> {
                lag.profileWritten(record);
                LOG.debug("event counted eventId={} type={}", event.eventId(), event.getClass().getSimpleName());
            }
            case RecordEvent.Outcome.Duplicate duplicate ->
                    LOG.info("event already counted eventId={} partition={} offset={}", event.eventId(),
                            record.partition(), record.offset());
            case RecordEvent.Outcome.Skipped skipped ->
                    LOG.debug("event not about shoppers eventId={} what={}", event.eventId(), skipped.what());
            case RecordEvent.Outcome.Rejected rejected ->
                    // checked() already turned rejections into poison; should the rules disagree a moment later, the
                    // record is still dead-lettered (the records after it are redelivered and found counted)
                    throw new BatchListenerFailedException(rejected.reason(),
                            new PoisonEventException(rejected.reason()), record);
        }
    }
}
