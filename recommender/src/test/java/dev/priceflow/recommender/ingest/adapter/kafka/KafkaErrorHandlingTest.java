package dev.priceflow.recommender.ingest.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.priceflow.kit.kafka.DeadLetterErrorHandling;
import dev.priceflow.kit.kafka.PoisonEventException;
import io.lettuce.core.RedisLoadingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;

/** A Redis still loading its dump is an outage to wait out, not a poison event. */
class KafkaErrorHandlingTest {

    private final List<Exception> deadLettered = new ArrayList<>();
    private final DefaultErrorHandler handler = KafkaErrorHandling.withRedisRetries(DeadLetterErrorHandling
            .errorHandler((record, consumer, ex) -> deadLettered.add(ex),
                    new DeadLetterErrorHandling.Backoff(Duration.ofMillis(1), 1.0, Duration.ofMillis(1))));
    private final MockConsumer<String, String> consumer = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());
    private final ConsumerRecord<String, String> record = new ConsumerRecord<>("commerce.events", 1, 42, "u-1", "{}");

    private static MessageListenerContainer container() {
        MessageListenerContainer container = mock(MessageListenerContainer.class);
        when(container.isRunning()).thenReturn(true);
        when(container.getContainerProperties()).thenReturn(new ContainerProperties("commerce.events"));
        when(container.getContainerFor(anyString(), anyInt())).thenReturn(container);
        return container;
    }

    @Test
    void aRedisLoadingItsDumpIsRetriedAndNeverDeadLettered() {
        MessageListenerContainer container = container();
        RedisSystemException loading = new RedisSystemException("Error in execution",
                new RedisLoadingException("LOADING Redis is loading the dataset in memory"));
        for (int attempt = 0; attempt < 25; attempt++) {
            assertThat(handler.handleOne(new ListenerExecutionFailedException("listener failed", loading), record,
                    consumer, container)).as("not handled: sought back and tried again").isFalse();
        }
        assertThat(deadLettered).isEmpty();
    }

    @Test
    void aPoisonEventIsStillDeadLettered() {
        assertThat(handler.handleOne(new ListenerExecutionFailedException("listener failed",
                new PoisonEventException("unknown type")), record, consumer, container())).isTrue();
        assertThat(deadLettered).hasSize(1);
    }
}
