package dev.priceflow.profile.adapter.kafka;

import dev.priceflow.kit.kafka.PoisonEventException;
import dev.priceflow.kit.kafka.DeadLetterErrorHandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import dev.priceflow.contracts.Topics;
import dev.priceflow.profile.ProfileProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;

class KafkaErrorHandlingTest {

    private static final ProfileProperties.Retry FAST = new ProfileProperties.Retry(Duration.ofMillis(1), 1.0,
            Duration.ofMillis(1));

    private final List<Exception> deadLettered = new ArrayList<>();
    private final DefaultErrorHandler handler = KafkaErrorHandling.errorHandler(
            (record, consumer, ex) -> deadLettered.add(ex), FAST);
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

    /** True when the handler is done with the record (recovered), false when it will be delivered again. */
    @SuppressWarnings("unchecked")
    private boolean handle(Exception cause) {
        return handler.handleOne(new ListenerExecutionFailedException("listener failed", cause), record,
                mock(Consumer.class), mock(MessageListenerContainer.class));
    }
}
