package dev.priceflow.forecast.history.adapter.kafka;

import dev.priceflow.contracts.Topics;
import dev.priceflow.forecast.history.HistoryProperties;
import dev.priceflow.kit.kafka.DeadLetterErrorHandling;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;

/** The sales consumer's failure policy: {@link DeadLetterErrorHandling} with this service's back-off. */
@Configuration(proxyBeanMethods = false)
class HistoryKafkaErrorHandling {

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<?, ?> kafka, HistoryProperties properties) {
        return DeadLetterErrorHandling.publishingTo(kafka, Topics.COMMERCE_EVENTS_DLT, backoff(properties.retry()));
    }

    static DefaultErrorHandler errorHandler(ConsumerAwareRecordRecoverer deadLetters, HistoryProperties.Retry retry) {
        return DeadLetterErrorHandling.errorHandler(deadLetters, backoff(retry));
    }

    private static DeadLetterErrorHandling.Backoff backoff(HistoryProperties.Retry retry) {
        return new DeadLetterErrorHandling.Backoff(retry.initialInterval(), retry.multiplier(), retry.maxInterval());
    }
}
