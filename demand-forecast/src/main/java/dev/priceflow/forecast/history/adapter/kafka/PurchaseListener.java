package dev.priceflow.forecast.history.adapter.kafka;

import dev.priceflow.kit.kafka.CommerceEventReader;
import dev.priceflow.kit.kafka.PoisonEventException;

import dev.priceflow.contracts.Topics;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.forecast.history.application.RecordPurchase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds {@code commerce.events} (group {@code spring.kafka.consumer.group-id}, default demand-forecast) into
 * the sales history. Unreadable or invalid purchases throw {@link PoisonEventException} and are dead-lettered
 * by {@link HistoryKafkaErrorHandling}; database errors propagate and are retried there. Not started when
 * {@code priceflow.forecast.history.consume=false} (the import CLI).
 */
@Component
class PurchaseListener {

    static final String LISTENER_ID = "demand-forecast-commerce-events";
    private static final Logger LOG = LoggerFactory.getLogger(PurchaseListener.class);

    private final JsonMapper json;
    private final RecordPurchase recordPurchase;

    PurchaseListener(JsonMapper json, RecordPurchase recordPurchase) {
        this.json = json;
        this.recordPurchase = recordPurchase;
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = Topics.COMMERCE_EVENTS,
            autoStartup = "${priceflow.forecast.history.consume:true}")
    void onEvent(ConsumerRecord<String, String> record) {
        CommerceEvent event = parse(record.value());
        switch (recordPurchase.handle(event)) {
            case RecordPurchase.Outcome.Rejected rejected -> throw new PoisonEventException(rejected.reason());
            case RecordPurchase.Outcome.Duplicate duplicate ->
                    LOG.info("purchase already counted eventId={} partition={} offset={}", event.eventId(),
                            record.partition(), record.offset());
            case RecordPurchase.Outcome.Applied applied ->
                    LOG.debug("purchase counted eventId={} skuDays={}", event.eventId(), applied.skuDays());
            case RecordPurchase.Outcome.Ignored ignored -> {
                // not a sale: nothing to do
            }
        }
    }

    CommerceEvent parse(String value) {
        return CommerceEventReader.read(json, value);
    }
}
