package dev.priceflow.kit.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * The failure policy every event consumer uses. Errors that may heal (database unreachable, timeouts, lost
 * connections) are retried with exponential back-off and no limit: the partition waits rather than drop or
 * dead-letter good events, and consumers are idempotent so retries are safe. Everything else (poison
 * records, constraint violations, bugs) is not retried and goes to the dead-letter topic, keyed as before,
 * with the reason in header {@value #REASON_HEADER}. If even the dead-letter write fails the record is not
 * committed and is tried again. Failures of the Kafka client or of the group membership
 * ({@link KafkaClientFailures}: a commit after a rebalance, coordinator moves, timeouts, wake-ups) are never
 * dead-lettered, whatever wraps them: they are retryable, the dead-letter recoverer refuses them (the records are
 * sought back, not committed) and a failed offset commit redelivers the batch ({@link RedeliveringErrorHandler}).
 */
public final class DeadLetterErrorHandling {

    public static final String REASON_HEADER = "priceflow-dlt-reason";
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterErrorHandling.class);
    private static final int MAX_REASON = 500;

    private DeadLetterErrorHandling() {
    }

    /** The error handler publishing to {@code deadLetterTopic} through {@code kafka}. */
    public static DefaultErrorHandler publishingTo(KafkaOperations<?, ?> kafka, String deadLetterTopic,
                                                   Backoff backoff) {
        // Partition -1: let the producer pick one; the DLT has fewer partitions than the source topics.
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, ex) -> new TopicPartition(deadLetterTopic, -1));
        deadLetters.addHeadersFunction((record, ex) ->
                new RecordHeaders().add(REASON_HEADER, reason(ex).getBytes(StandardCharsets.UTF_8)));
        return errorHandler(deadLetters, backoff);
    }

    public static DefaultErrorHandler errorHandler(ConsumerAwareRecordRecoverer deadLetters, Backoff backoff) {
        ConsumerAwareRecordRecoverer logged = (record, consumer, ex) -> {
            if (KafkaClientFailures.isClientFailure(ex)) {
                // reached only if a back-off ran out: not the record's fault, so seek back and redeliver it
                LOG.warn("not dead-lettering topic={} partition={} offset={}: Kafka client failure, redelivered "
                        + "reason={}", record.topic(), record.partition(), record.offset(), reason(ex));
                throw new KafkaException("not dead-lettered, Kafka client failure: " + reason(ex),
                        KafkaException.Level.WARN, ex);
            }
            LOG.warn("dead-lettering topic={} partition={} offset={} reason={}", record.topic(), record.partition(),
                    record.offset(), reason(ex));
            deadLetters.accept(record, consumer, ex);
        };
        ExponentialBackOff backOff = new ExponentialBackOff(backoff.initialInterval().toMillis(),
                backoff.multiplier());
        backOff.setMaxInterval(backoff.maxInterval().toMillis());

        DefaultErrorHandler handler = new RedeliveringErrorHandler(logged, backOff);
        handler.defaultFalse();
        handler.addRetryableExceptions(TransientDataAccessException.class, DataAccessResourceFailureException.class,
                RecoverableDataAccessException.class, CannotCreateTransactionException.class,
                TransactionSystemException.class);
        // the matcher walks the cause chain: a client failure wrapped by the listener or the container still counts
        KafkaClientFailures.TYPES.forEach(handler::addRetryableExceptions);
        handler.setLogLevel(KafkaException.Level.WARN);
        return handler;
    }

    /** The poison reason if there is one, else the deepest cause's type and message; bounded in length. */
    public static String reason(Throwable ex) {
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

    /** Exponential back-off: {@code initialInterval}, times {@code multiplier} per try, capped at {@code maxInterval}. */
    public record Backoff(Duration initialInterval, double multiplier, Duration maxInterval) {
    }
}
