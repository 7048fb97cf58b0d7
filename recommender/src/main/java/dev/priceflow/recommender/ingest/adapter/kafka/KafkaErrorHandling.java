package dev.priceflow.recommender.ingest.adapter.kafka;

import dev.priceflow.contracts.Topics;
import dev.priceflow.kit.kafka.DeadLetterErrorHandling;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DefaultErrorHandler;

/** The consumer's failure policy: {@link DeadLetterErrorHandling} (Redis outages retried, poison dead-lettered). */
@Configuration(proxyBeanMethods = false)
class KafkaErrorHandling {

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<?, ?> kafka) {
        return DeadLetterErrorHandling.publishingTo(kafka, Topics.COMMERCE_EVENTS_DLT,
                new DeadLetterErrorHandling.Backoff(Duration.ofMillis(200), 2.0, Duration.ofSeconds(10)));
    }
}
