package dev.priceflow.pricing.experiment.adapter.kafka;

import dev.priceflow.contracts.Topics;
import dev.priceflow.kit.kafka.DeadLetterErrorHandling;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DefaultErrorHandler;

/** The experiment consumer's failure policy: {@link DeadLetterErrorHandling} (retry transient, DLT the rest). */
@Configuration(proxyBeanMethods = false)
class ExperimentKafkaErrorHandling {

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<?, ?> kafka) {
        return DeadLetterErrorHandling.publishingTo(kafka, Topics.COMMERCE_EVENTS_DLT,
                new DeadLetterErrorHandling.Backoff(Duration.ofMillis(500), 2.0, Duration.ofSeconds(30)));
    }
}
