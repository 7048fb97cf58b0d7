package dev.priceflow.kit.kafka;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.util.backoff.BackOff;

/**
 * A {@link DefaultErrorHandler} that never hands a failure of the container's own Kafka calls to the recoverer.
 * After the listener returned, the container commits the offsets inside the same try block
 * ({@code ListenerConsumer.doInvokeBatchListener -> processCommits -> commitSync}); a
 * {@code CommitFailedException} (the group rebalanced), a commit timeout or an exhausted
 * {@code RetriableCommitFailedException} therefore reaches {@code handleBatch} (batch listeners; the container
 * always picks {@code handleBatch} for a {@code CommitFailedException}) or {@code handleRemaining} (record
 * listeners) with the whole, successfully processed batch and no record at fault. {@link DefaultErrorHandler}
 * would send it to the fallback batch handler, classify it and, when not retryable, recover (dead-letter) every
 * record. Here such a failure (one of {@link KafkaClientFailures}, not thrown by the listener) makes the handler
 * seek the partitions it still owns back to the batch's first records and throw, so nothing is committed or
 * dead-lettered: the records come again with the next poll, from here or, after the rebalance, from the new
 * owner starting at the committed offset. Everything else, listener failures included, is handled as before.
 */
final class RedeliveringErrorHandler extends DefaultErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RedeliveringErrorHandler.class);

    RedeliveringErrorHandler(ConsumerRecordRecoverer recoverer, BackOff backOff) {
        super(recoverer, backOff);
    }

    @Override
    public void handleBatch(Exception thrown, ConsumerRecords<?, ?> data, Consumer<?, ?> consumer,
                            MessageListenerContainer container, Runnable invokeListener) {
        if (data != null && isContainerClientFailure(thrown)) {
            throw redeliver(thrown, data, consumer);
        }
        super.handleBatch(thrown, data, consumer, container, invokeListener);
    }

    @Override
    public <K, V> ConsumerRecords<K, V> handleBatchAndReturnRemaining(Exception thrown, ConsumerRecords<?, ?> data,
            Consumer<?, ?> consumer, MessageListenerContainer container, Runnable invokeListener) {
        if (data != null && isContainerClientFailure(thrown)) {
            throw redeliver(thrown, data, consumer);
        }
        return super.handleBatchAndReturnRemaining(thrown, data, consumer, container, invokeListener);
    }

    @Override
    public void handleRemaining(Exception thrown, List<ConsumerRecord<?, ?>> records, Consumer<?, ?> consumer,
                                MessageListenerContainer container) {
        if (records != null && isContainerClientFailure(thrown)) {
            throw redeliver(thrown, records, consumer);
        }
        super.handleRemaining(thrown, records, consumer, container);
    }

    /** A Kafka client failure that the listener did not throw: the container's commit (or poll) failed. */
    static boolean isContainerClientFailure(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ListenerExecutionFailedException || t instanceof BatchListenerFailedException) {
                return false;
            }
        }
        return KafkaClientFailures.isClientFailure(thrown);
    }

    private static KafkaException redeliver(Exception thrown, Iterable<? extends ConsumerRecord<?, ?>> records,
                                            Consumer<?, ?> consumer) {
        Map<TopicPartition, Long> firsts = new LinkedHashMap<>();
        records.forEach(r -> firsts.putIfAbsent(new TopicPartition(r.topic(), r.partition()), r.offset()));
        Set<TopicPartition> owned = consumer.assignment();
        firsts.forEach((partition, offset) -> {
            if (owned.contains(partition)) {
                try {
                    consumer.seek(partition, offset);
                } catch (RuntimeException e) {
                    LOG.debug("no seek partition={} offset={}: {}", partition, offset, e.toString());
                }
            }
        });
        String cause = DeadLetterErrorHandling.reason(thrown);
        LOG.warn("Kafka client failure, records neither committed nor dead-lettered, redelivered from {} reason={}",
                firsts, cause);
        return new KafkaException("records redelivered after a Kafka client failure: " + cause,
                KafkaException.Level.WARN, thrown);
    }
}
