package dev.priceflow.kit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class KafkaClientFailuresTest {

    @Test
    void everyClientFailureIsFoundHoweverDeeplyItIsWrapped() {
        Random random = new Random(20261127L);
        for (int i = 0; i < 2_000; i++) {
            Exception failure = ClientFailureSamples.ALL.get(random.nextInt(ClientFailureSamples.ALL.size()));
            Throwable wrapped = failure;
            int depth = random.nextInt(6);
            for (int d = 0; d < depth; d++) {
                wrapped = switch (random.nextInt(3)) {
                    case 0 -> new ListenerExecutionFailedException("listener", wrapped);
                    case 1 -> new KafkaException("container", wrapped);
                    default -> new IllegalStateException(wrapped);
                };
            }
            assertThat(KafkaClientFailures.find(wrapped)).as("case %d: %s at depth %d", i, failure, depth)
                    .containsSame(failure);
        }
    }

    @Test
    void recordAndDatabaseFailuresAreNotClientFailures() {
        assertThat(KafkaClientFailures.isClientFailure(new PoisonEventException("bad JSON"))).isFalse();
        assertThat(KafkaClientFailures.isClientFailure(new SerializationException("bad bytes"))).isFalse();
        assertThat(KafkaClientFailures.isClientFailure(new KafkaException("x", new RecordDeserializationException(
                new TopicPartition("commerce.events", 0), 7L, "bad", null)))).isFalse();
        assertThat(KafkaClientFailures.isClientFailure(new ListenerExecutionFailedException("x",
                new QueryTimeoutException("statement timeout")))).isFalse();
    }

    @Test
    void aCyclicCauseChainEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertThat(KafkaClientFailures.isClientFailure(b)).isFalse();
    }

    @Test
    void onlyAClientFailureTheListenerDidNotThrowIsRedeliveredWithoutRetrying() {
        ClientFailureSamples.ALL.forEach(failure -> {
            assertThat(RedeliveringErrorHandler.isContainerClientFailure(failure)).isTrue();
            assertThat(RedeliveringErrorHandler.isContainerClientFailure(new KafkaException("x", failure))).isTrue();
            assertThat(RedeliveringErrorHandler.isContainerClientFailure(
                    new ListenerExecutionFailedException("x", failure))).isFalse();
        });
        assertThat(RedeliveringErrorHandler.isContainerClientFailure(new KafkaException("x"))).isFalse();
    }
}
