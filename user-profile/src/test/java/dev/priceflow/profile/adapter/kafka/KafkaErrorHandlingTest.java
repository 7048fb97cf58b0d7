package dev.priceflow.profile.adapter.kafka;

import dev.priceflow.kit.kafka.PoisonEventException;
import dev.priceflow.kit.kafka.DeadLetterErrorHandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.priceflow.contracts.Topics;
import dev.priceflow.profile.ProfileProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.NotCoordinatorException;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;

class KafkaErrorHandlingTest {

    private static final ProfileProperties.Retry FAST = new ProfileProperties.Retry(Duration.ofMillis(1), 1.0,
            Duration.ofMillis(1));

    private final List<Exception> deadLettered = new ArrayList<>();
    private final DefaultErrorHandler handler = KafkaErrorHandling.errorHandler(
            (record, consumer, ex) -> deadLettered.add(ex), FAST);
    private static final TopicPartition PARTITION = new TopicPartition(Topics.COMMERCE_EVENTS, 3);

    private final ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.COMMERCE_EVENTS, 3, 7L, "u-1", "x");

    @Test
    void poisonIsDeadLetteredAtOnceWithoutRetry() {
        boolean done = handle(new PoisonEventException("unreadable event JSON"));

        assertThat(done).isTrue();
        assertThat(deadLettered).singleElement()
                .satisfies(ex -> assertThat(DeadLetterErrorHandling.reason(ex)).isEqualTo("unreadable event JSON"));
    }

    @Test
    void aConstraintViolationCannotHealAndIsDeadLettered() {
        assertThat(handle(new DataIntegrityViolationException("numeric field overflow"))).isTrue();
        assertThat(deadLettered).hasSize(1);
    }

    @Test
    void transientDatabaseErrorsAreRetriedAndNeverDeadLettered() {
        for (int attempt = 0; attempt < 25; attempt++) {
            assertThat(handle(new QueryTimeoutException("statement timeout"))).isFalse();
            assertThat(handle(new CannotGetJdbcConnectionException("connection refused"))).isFalse();
        }
        assertThat(deadLettered).isEmpty();
    }

    @Test
    void aPoisonRecordPointedOutInABatchIsDeadLetteredAloneAfterTheRecordsBeforeItAreCommitted() {
        Consumer<String, String> consumer = batch(new PoisonEventException("unreadable event JSON"));

        assertThat(deadLettered).singleElement()
                .satisfies(ex -> assertThat(DeadLetterErrorHandling.reason(ex)).isEqualTo("unreadable event JSON"));
        assertThat(committedOffsets(consumer)).contains(11L);
        verify(consumer).seek(PARTITION, 12L);
    }

    @Test
    void aTransientErrorPointedOutInABatchRetriesFromThatRecordWithoutDeadLettering() {
        Consumer<String, String> consumer = batch(new QueryTimeoutException("statement timeout"));

        assertThat(deadLettered).isEmpty();
        assertThat(committedOffsets(consumer)).contains(11L);
        verify(consumer).seek(PARTITION, 11L);
    }

    @Test
    void aFailedOffsetCommitAfterARebalanceRedeliversTheBatchAndDeadLettersNothing() {
        // what the container hands over when commitSync fails after the listener returned: the raw exception
        List<ConsumerRecord<String, String>> polled = List.of(
                new ConsumerRecord<>(Topics.COMMERCE_EVENTS, 3, 10L, "u-1", "a"),
                new ConsumerRecord<>(Topics.COMMERCE_EVENTS, 3, 11L, "u-1", "b"));
        Consumer<String, String> consumer = consumerOwning(PARTITION);
        AtomicInteger listenerRuns = new AtomicInteger();

        Throwable thrown = catchThrowable(() -> handler.handleBatch(new CommitFailedException(
                        "Commit cannot be completed since the group has already rebalanced"),
                new ConsumerRecords<>(Map.of(PARTITION, polled), Map.of()), consumer, container(),
                listenerRuns::incrementAndGet));

        assertThat(thrown).isInstanceOf(org.springframework.kafka.KafkaException.class);
        assertThat(deadLettered).isEmpty();
        assertThat(committedOffsets(consumer)).isEmpty();
        assertThat(listenerRuns).hasValue(0);
        verify(consumer).seek(PARTITION, 10L);
    }

    @Test
    void groupMembershipFailuresWrappedAnyHowAreRetriedNeverDeadLettered() {
        for (Exception failure : List.of(new CommitFailedException("rebalanced"),
                new RebalanceInProgressException("rebalancing"), new NotCoordinatorException("moved"),
                new org.apache.kafka.common.errors.TimeoutException("commit timed out"))) {
            assertThat(handle(new org.springframework.kafka.KafkaException("wrapped", failure))).isFalse();
        }
        assertThat(deadLettered).isEmpty();
    }

    /** Offsets 10, 11, 12 of one partition; the listener pointed at offset 11 with {@code cause}. */
    @SuppressWarnings("unchecked")
    private Consumer<String, String> batch(Exception cause) {
        List<ConsumerRecord<String, String>> polled = List.of(
                new ConsumerRecord<>(Topics.COMMERCE_EVENTS, 3, 10L, "u-1", "a"),
                new ConsumerRecord<>(Topics.COMMERCE_EVENTS, 3, 11L, "u-1", "b"),
                new ConsumerRecord<>(Topics.COMMERCE_EVENTS, 3, 12L, "u-1", "c"));
        Consumer<String, String> consumer = mock(Consumer.class);
        MessageListenerContainer container = container();
        // the handler throws to tell the container the batch was not completed (it was re-seeked)
        catchThrowable(() -> handler.handleBatch(new ListenerExecutionFailedException("listener failed",
                        new BatchListenerFailedException("failed", cause, polled.get(1))),
                new ConsumerRecords<>(Map.of(PARTITION, polled), Map.of()), consumer, container, () -> { }));
        return consumer;
    }

    private static List<Long> committedOffsets(Consumer<?, ?> consumer) {
        return mockingDetails(consumer).getInvocations().stream()
                .filter(i -> i.getMethod().getName().startsWith("commit"))
                .flatMap(i -> ((Map<?, ?>) i.getArgument(0)).values().stream())
                .map(o -> ((OffsetAndMetadata) o).offset()).toList();
    }

    /** True when the handler is done with the record (recovered), false when it will be delivered again. */
    @SuppressWarnings("unchecked")
    private boolean handle(Exception cause) {
        return handler.handleOne(new ListenerExecutionFailedException("listener failed", cause), record,
                mock(Consumer.class), mock(MessageListenerContainer.class));
    }

    @SuppressWarnings("unchecked")
    private static Consumer<String, String> consumerOwning(TopicPartition partition) {
        Consumer<String, String> consumer = mock(Consumer.class);
        when(consumer.assignment()).thenReturn(Set.of(partition));
        return consumer;
    }

    private static MessageListenerContainer container() {
        MessageListenerContainer container = mock(MessageListenerContainer.class);
        when(container.getContainerProperties()).thenReturn(new ContainerProperties(Topics.COMMERCE_EVENTS));
        return container;
    }
}
