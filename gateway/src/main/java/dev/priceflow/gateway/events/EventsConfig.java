package dev.priceflow.gateway.events;

import dev.priceflow.contracts.events.EventValidator;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The wire rules for events, on the application's clock, and the event producer's batching. */
@Configuration(proxyBeanMethods = false)
public class EventsConfig {

    @Bean
    EventValidator eventValidator(Clock clock) {
        return new EventValidator(clock);
    }

    /**
     * Batching of the event producer (the rest is in application.yml: acks=all, idempotence, linger.ms 5, the
     * timeouts). A 100-event batch of one shopper is about 27 KB for one partition: with Kafka's default
     * batch.size of 16 KB it would leave as two produce batches, with 64 KB as one. No compression: the broker is
     * on loopback and this machine is short of CPU, not bandwidth.
     */
    @Bean
    DefaultKafkaProducerFactoryCustomizer eventProducerBatching() {
        return factory -> factory.updateConfigs(Map.of(ProducerConfig.BATCH_SIZE_CONFIG, 65_536,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "none"));
    }
}
