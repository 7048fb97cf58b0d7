package dev.priceflow.kit.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

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
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.util.backoff.FixedBackOff;

/** The kit's failure policy: poison dead-lettered, database outages retried, Kafka client failures redelivered. */
class DeadLetterErrorHandlingTest {

    private static final String TOPIC = "commerce.events";
    private static final TopicPartition P2 = new TopicPartition(TOPIC, 2);
    private static final TopicPartition P4 = new TopicPartition(TOPIC, 4);
    private static final DeadLetterErrorHandling.Backoff FAST = new DeadLetterErrorHandling.Backoff(
            Duration.ofMillis(1), 1.0, Duration.ofMillis(1));

    private final List<Exception> deadLettered = new ArrayList<>();
    private final DefaultErrorHandler handler = DeadLetterErrorHandling.errorHandler(
            (record, consumer, ex) -> deadLettered.add(ex), FAST);
    private final Consumer<String, String> consumer = consumer();
    private final MessageListenerContainer container = container();
    private final AtomicInteger listenerCalls = new AtomicInteger();
    private final List<ConsumerRecord<String, String>> polled = List.of(record(P2, 127582), record(P2, 127583),
            record(P4, 9), record(P2, 127584));
    private final ConsumerRecords<String, String> batch = new ConsumerRecords<>(
            Map.of(P2, List.of(polled.get(0), polled.get(1), polled.get(3)), P4, List.of(polled.get(2))), Map.of());

    @Test
    void aFailedOffsetCommitOfABatchRedeliversItWithoutDeadLetteringOrRunningTheListenerAgain() {
        for (Exception failure : List.of(commitFailed(), new KafkaException("commit failed", commitFailed()),
                new org.apache.kafka.common.KafkaException(new RuntimeException(commitFailed())))) {
            Throwable thrown = catchThrowable(() -> handler.handleBatch(failure, batch, consumer, container,
                    listenerCalls::incrementAndGet));

            assertThat(thrown).isInstanceOf(KafkaException.class).hasRootCauseInstanceOf(CommitFailedException.class);
        }
        assertThat(deadLettered).isEmpty();
        assertThat(listenerCalls).hasValue(0);
        assertThat(commits()).isEmpty();
        verify(consumer, times(3)).seek(P2, 127582L);
        verify(consumer, times(3)).seek(P4, 9L);
    }

    @Test
    void aFailedCommitOnlySeeksThePartitionsTheConsumerStillOwns() {
        when(consumer.assignment()).thenReturn(Set.of(P4));

        assertThatThrownBy(() -> handler.handleBatchAndReturnRemaining(commitFailed(), batch, consumer, container,
                listenerCalls::incrementAndGet)).isInstanceOf(KafkaException.class);

        verify(consumer, never()).seek(eq(P2), anyLong());
        verify(consumer).seek(P4, 9L);
        assertThat(deadLettered).isEmpty();
    }

    @Test
    void aFailedCommitOfARecordListenerRedeliversTheRemainingRecords() {
        assertThatThrownBy(() -> handler.handleRemaining(new KafkaException("wrapped", commitFailed()),
                List.copyOf(polled), consumer, container)).isInstanceOf(KafkaException.class);

        assertThat(deadLettered).isEmpty();
        verify(consumer).seek(P2, 127582L);
        verify(consumer).seek(P4, 9L);
    }

    @Test
    void aClientFailureThrownByTheListenerIsRetriedWithTheBatchNeverDeadLettered() {
        AtomicInteger failuresLeft = new AtomicInteger(3);
        Runnable listener = () -> {
            listenerCalls.incrementAndGet();
            if (failuresLeft.getAndDecrement() > 0) {
                throw new ListenerExecutionFailedException("again", commitFailed());
            }
        };

        handler.handleBatch(new ListenerExecutionFailedException("listener failed", new KafkaException("x",
                commitFailed())), batch, consumer, container, listener);

        assertThat(listenerCalls).hasValue(4);
        assertThat(deadLettered).isEmpty();
    }

    @Test
    void everyClientOrGroupMembershipFailureOfASingleRecordIsRetriedNeverDeadLettered() {
        for (Exception failure : ClientFailureSamples.ALL) {
            for (int attempt = 0; attempt < 5; attempt++) {
                assertThat(handler.handleOne(new ListenerExecutionFailedException("listener failed",
                        new KafkaException("wrapped", failure)), polled.get(0), consumer, container))
                        .as("%s redelivered", failure).isFalse();
            }
            assertThatThrownBy(() -> handler.handleBatch(new KafkaException("container", failure), batch, consumer,
                    container, listenerCalls::incrementAndGet)).isInstanceOf(KafkaException.class);
        }
        assertThat(deadLettered).isEmpty();
        assertThat(listenerCalls).hasValue(0);
    }

    @Test
    void evenWhenItsBackOffRunsOutTheRecovererRefusesAClientFailureAndTheBatchIsSoughtBack() {
        handler.setBackOffFunction((record, ex) -> new FixedBackOff(0, 0));

        assertThat(handler.handleOne(new ListenerExecutionFailedException("x", commitFailed()), polled.get(0),
                consumer, container)).isFalse();
        assertThatThrownBy(() -> handler.handleBatch(new ListenerExecutionFailedException("x", commitFailed()),
                batch, consumer, container, listenerCalls::incrementAndGet)).isInstanceOf(KafkaException.class);

        assertThat(deadLettered).isEmpty();
        assertThat(commits()).isEmpty();
        verify(consumer).seek(P2, 127582L);
        verify(consumer).seek(P4, 9L);
    }

    @Test
    void aPoisonRecordIsStillDeadLetteredAtOnceAlsoWhenItsBackOffRunsOut() {
        assertThat(handler.handleOne(new ListenerExecutionFailedException("x", new PoisonEventException("bad JSON")),
                polled.get(0), consumer, container)).isTrue();
        assertThat(handler.handleOne(new ListenerExecutionFailedException("x",
                new DataIntegrityViolationException("overflow")), polled.get(1), consumer, container)).isTrue();

        assertThat(deadLettered).hasSize(2);
        assertThat(DeadLetterErrorHandling.reason(deadLettered.getFirst())).isEqualTo("bad JSON");
    }

    @Test
    void aPoisonRecordPointedOutInABatchIsDeadLetteredAloneAfterTheRecordsBeforeItAreCommitted() {
        ConsumerRecords<String, String> onePartition = new ConsumerRecords<>(
                Map.of(P2, List.of(polled.get(0), polled.get(1), polled.get(3))), Map.of());

        Exception poison = new BatchListenerFailedException("poison", new PoisonEventException("bad JSON"),
                polled.get(1));
        catchThrowable(() -> handler.handleBatch(new ListenerExecutionFailedException("x", poison), onePartition,
                consumer, container, listenerCalls::incrementAndGet));

        assertThat(deadLettered).singleElement()
                .satisfies(ex -> assertThat(DeadLetterErrorHandling.reason(ex)).isEqualTo("bad JSON"));
        assertThat(commits()).contains(127583L);
        verify(consumer).seek(P2, 127584L);
    }

    @Test
    void aDatabaseOutageIsRetriedAndNeverDeadLettered() {
        for (int attempt = 0; attempt < 25; attempt++) {
            assertThat(handler.handleOne(new ListenerExecutionFailedException("x",
                    new QueryTimeoutException("statement timeout")), polled.get(0), consumer, container)).isFalse();
        }
        assertThat(deadLettered).isEmpty();
    }

    private static CommitFailedException commitFailed() {
        return new CommitFailedException("Commit cannot be completed since the group has already rebalanced");
    }

    private static ConsumerRecord<String, String> record(TopicPartition partition, long offset) {
        return new ConsumerRecord<>(partition.topic(), partition.partition(), offset, "u-1", "{}");
    }

    private List<Long> commits() {
        return mockingDetails(consumer).getInvocations().stream()
                .filter(i -> i.getMethod().getName().startsWith("commit"))
                .flatMap(i -> ((Map<?, ?>) i.getArgument(0)).values().stream())
                .map(o -> ((OffsetAndMetadata) o).offset()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Consumer<String, String> consumer() {
        Consumer<String, String> consumer = mock(Consumer.class);
        when(consumer.assignment()).thenReturn(Set.of(P2, P4));
        return consumer;
    }

    private static MessageListenerContainer container() {
        MessageListenerContainer container = mock(MessageListenerContainer.class);
        when(container.isRunning()).thenReturn(true);
        when(container.getContainerProperties()).thenReturn(new ContainerProperties(TOPIC));
        when(container.getContainerFor(anyString(), anyInt())).thenReturn(container);
        return container;
    }
}
