package dev.priceflow.recommender.ingest.adapter.kafka;

import dev.priceflow.contracts.Topics;
import dev.priceflow.kit.kafka.DeadLetterErrorHandling;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisLoadingException;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DefaultErrorHandler;

/**
 * The consumer's failure policy: {@link DeadLetterErrorHandling} (poison dead-lettered, outages retried), with the
 * Redis errors that heal retried too. Spring wraps a Redis answering "LOADING" (a restarted Redis reading its
 * dump) or "BUSY" in a {@code RedisSystemException}, not a transient data-access error: under ./priceflow chaos a
 * Redis restart dead-lettered valid events that way, so their interactions were never counted.
 */
@Configuration(proxyBeanMethods = false)
class KafkaErrorHandling {

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<?, ?> kafka) {
        return withRedisRetries(DeadLetterErrorHandling.publishingTo(kafka, Topics.COMMERCE_EVENTS_DLT, BACKOFF));
    }

    static final DeadLetterErrorHandling.Backoff BACKOFF =
            new DeadLetterErrorHandling.Backoff(Duration.ofMillis(200), 2.0, Duration.ofSeconds(10));

    /** Adds the Redis failures that heal to the retried ones (matched anywhere in the cause chain). */
    static DefaultErrorHandler withRedisRetries(DefaultErrorHandler handler) {
        handler.addRetryableExceptions(RedisLoadingException.class, RedisBusyException.class,
                RedisCommandTimeoutException.class, RedisConnectionException.class);
        return handler;
    }
}
