package dev.priceflow.profile.adapter.kafka;

import dev.priceflow.contracts.Topics;
import dev.priceflow.kit.kafka.DeadLetterErrorHandling;
import dev.priceflow.profile.ProfileProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;

/**
 * The event consumer's failure policy: {@link DeadLetterErrorHandling} with this service's back-off. A failed offset
 * commit or any other Kafka client / group-membership failure (a rebalance, the coordinator moving) redelivers the
 * batch and is never dead-lettered; the processed-event guard makes the redelivery count nothing twice.
 */
@Configuration(proxyBeanMethods = false)
class KafkaErrorHandling {

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<?, ?> kafka, ProfileProperties properties) {
        return DeadLetterErrorHandling.publishingTo(kafka, Topics.COMMERCE_EVENTS_DLT, backoff(properties.retry()));
    }

    static DefaultErrorHandler errorHandler(ConsumerAwareRecordRecoverer deadLetters, ProfileProperties.Retry retry) {
        return DeadLetterErrorHandling.errorHandler(deadLetters, backoff(retry));
    }

    private static DeadLetterErrorHandling.Backoff backoff(ProfileProperties.Retry retry) {
        return new DeadLetterErrorHandling.Backoff(retry.initialInterval(), retry.multiplier(), retry.maxInterval());
    }
}
