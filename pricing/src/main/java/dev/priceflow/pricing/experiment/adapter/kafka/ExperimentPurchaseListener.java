package dev.priceflow.pricing.experiment.adapter.kafka;

import dev.priceflow.contracts.Topics;
import dev.priceflow.kit.kafka.CommerceEventReader;
import dev.priceflow.pricing.experiment.application.PurchaseAttribution;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Attributes {@code commerce.events} purchases to experiment arms (own group {@value #GROUP}, String values,
 * new group starts at the latest offset: purchases before the first start cannot belong to an exposure made
 * by this code). Unreadable records are poison and dead-lettered by {@link ExperimentKafkaErrorHandling};
 * database errors propagate and are retried there.
 */
@Component
class ExperimentPurchaseListener {

    static final String GROUP = "pricing-experiments";
    private static final Logger log = LoggerFactory.getLogger(ExperimentPurchaseListener.class);

    private final JsonMapper json;
    private final PurchaseAttribution attribution;

    ExperimentPurchaseListener(JsonMapper json, PurchaseAttribution attribution) {
        this.json = json;
        this.attribution = attribution;
    }

    @KafkaListener(id = GROUP, groupId = GROUP, topics = Topics.COMMERCE_EVENTS,
            autoStartup = "${priceflow.pricing.experiments.consume:true}",
            properties = {"auto.offset.reset=latest",
                    "key.deserializer=org.apache.kafka.common.serialization.StringDeserializer",
                    "value.deserializer=org.apache.kafka.common.serialization.StringDeserializer"})
    void onEvent(ConsumerRecord<String, String> record) {
        long added = attribution.handle(CommerceEventReader.read(json, record.value()));
        if (added > 0) {
            log.atInfo().addKeyValue("partition", record.partition()).addKeyValue("offset", record.offset())
                    .addKeyValue("attributed", added).log("purchase attributed to experiment arms");
        }
    }
}
