package dev.priceflow.forecast.history.adapter.kafka;

import dev.priceflow.contracts.Topics;
import dev.priceflow.forecast.history.HistoryProperties;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Failure policy of the sales consumer: errors that may heal (database unreachable, timeouts) are retried
 * with exponential back-off and no limit (the partition waits; processing is idempotent). Everything else
 * (poison records, constraint violations, bugs) goes unretried to {@code commerce.events.dlt}, keyed as
 * before, with the reason in header {@value #REASON_HEADER}. If the dead-letter write fails the record is
 * not committed and is tried again.
 */
@Configuration(proxyBeanMethods = false)
class HistoryKafkaErrorHandling {

    static final String REASON_HEADER = "priceflow-dlt-reason";
    private static final Logger LOG = LoggerFactory.getLogger(HistoryKafkaErrorHandling.class);
    private static final int MAX_REASON = 500;

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<?, ?> kafka, HistoryProperties properties) {
        // Partition -1: the producer picks one; the DLT has fewer partitions than the source topic.
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, ex) -> new TopicPartition(Topics.COMMERCE_EVENTS_DLT, -1));
        deadLetters.addHeadersFunction((record, ex) ->
                new RecordHeaders().add(REASON_HEADER, reason(ex).getBytes(StandardCharsets.UTF_8)));
        return errorHandler(deadLetters, properties.retry());
    }

    static DefaultErrorHandler errorHandler(ConsumerAwareRecordRecoverer deadLetters, HistoryProperties.Retry retry) {
        ConsumerAwareRecordRecoverer logged = (record, consumer, ex) -> {
            LOG.warn("dead-lettering partition={} offset={} reason={}", record.partition(), record.offset(), reason(ex));
            deadLetters.accept(record, consumer, ex);
        };
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(logged, backOff);
        handler.defaultFalse();
        handler.addRetryableExceptions(TransientDataAccessException.class, DataAccessResourceFailureException.class,
                RecoverableDataAccessException.class, CannotCreateTransactionException.class,
                TransactionSystemException.class);
        handler.setLogLevel(KafkaException.Level.WARN);
        return handler;
    }

    /** The poison reason if there is one, else the deepest cause's type and message; bounded in length. */
    static String reason(Throwable ex) {
        Throwable root = ex;
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof PoisonEventException poison) {
                return truncate(poison.getMessage());
            }
            root = t;
        }
        return truncate(root.getClass().getSimpleName() + ": " + root.getMessage());
    }

    private static String truncate(String text) {
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "…";
    }
}
