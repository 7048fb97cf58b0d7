package dev.priceflow.profile.adapter.kafka;

import dev.priceflow.kit.kafka.PoisonEventException;
import dev.priceflow.kit.kafka.DeadLetterErrorHandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.priceflow.contracts.Topics;
import dev.priceflow.profile.application.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import tools.jackson.databind.json.JsonMapper;

class CommerceEventListenerTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");

    private final Fixtures fixtures = new Fixtures(Clock.fixed(NOW, ZoneOffset.UTC), 2);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CommerceEventListener listener = new CommerceEventListener(JsonMapper.builder().build(),
            fixtures.recordEvent, new ProfileUpdateLag(registry, Clock.fixed(NOW, ZoneOffset.UTC)));

    @Test
    void aWellFormedEventIsParsedAndCounted() {
        listener.onEvent(record("""
                {"type":"ProductViewed","eventId":"0b6f7a8e-1d2c-4e5f-9a0b-1c2d3e4f5a6b",
                 "occurredAt":"2026-11-20T10:00:00Z","schemaVersion":1,"userId":"u-1","sku":"85123A","channel":"web"}"""));

        assertThat(fixtures.profiles.rows).containsOnlyKeys("u-1");
        assertThat(fixtures.profiles.rows.get("u-1").totals().views()).isEqualTo(1);
    }

    @Test
    void theLagFromTheRecordsCreateTimeToTheProfileWriteIsTimedOncePerCountedEvent() {
        String viewed = """
                {"type":"ProductViewed","eventId":"0b6f7a8e-1d2c-4e5f-9a0b-1c2d3e4f5a6b",
                 "occurredAt":"2026-11-20T10:00:00Z","schemaVersion":1,"userId":"u-1","sku":"85123A","channel":"web"}""";
        long createTime = NOW.minusMillis(250).toEpochMilli();

        listener.onEvent(timed(viewed, createTime, TimestampType.CREATE_TIME));
        listener.onEvent(timed(viewed, createTime, TimestampType.CREATE_TIME)); // duplicate: not counted, not timed
        listener.onEvent(timed(viewed.replace("0b6f7a8e", "1b6f7a8e"), createTime, TimestampType.LOG_APPEND_TIME));

        Timer timer = registry.get(ProfileUpdateLag.NAME).timer();
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(250.0);
    }

    private static ConsumerRecord<String, String> timed(String value, long timestamp, TimestampType type) {
        return new ConsumerRecord<>(Topics.COMMERCE_EVENTS, 0, 42L, timestamp, type, 0, 0, "u-1", value,
                new RecordHeaders(), Optional.empty());
    }

    @Test
    void unreadableJsonIsPoison() {
        assertThatThrownBy(() -> listener.onEvent(record("not json {")))
                .isInstanceOf(PoisonEventException.class).hasMessageStartingWith("unreadable event JSON");
        assertThatThrownBy(() -> listener.onEvent(record("{\"type\":\"Teleported\"}")))
                .isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> listener.onEvent(record(null)))
                .isInstanceOf(PoisonEventException.class).hasMessage("empty record value");
        assertThat(fixtures.profiles.rows).isEmpty();
    }

    @Test
    void anEventFailingValidationIsPoisonWithItsReasons() {
        assertThatThrownBy(() -> listener.onEvent(record("""
                {"type":"SearchPerformed","eventId":"0b6f7a8e-1d2c-4e5f-9a0b-1c2d3e4f5a6b",
                 "occurredAt":"2026-11-20T10:00:00Z","schemaVersion":1,"userId":"u-1","query":" ","resultCount":-1}""")))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("query is required").hasMessageContaining("resultCount must not be negative");
        assertThat(fixtures.profiles.rows).isEmpty();
    }

    @Test
    void theDeadLetterReasonIsThePoisonReasonOrTheRootCause() {
        Exception poison = new ListenerExecutionFailedException("listener failed", new PoisonEventException("bad"));
        Exception other = new ListenerExecutionFailedException("listener failed",
                new IllegalStateException("wrapper", new QueryTimeoutException("took too long")));

        assertThat(DeadLetterErrorHandling.reason(poison)).isEqualTo("bad");
        assertThat(DeadLetterErrorHandling.reason(other)).isEqualTo("QueryTimeoutException: took too long");
        assertThat(DeadLetterErrorHandling.reason(new PoisonEventException("x".repeat(2000)))).hasSize(501);
    }

    private static ConsumerRecord<String, String> record(String value) {
        return new ConsumerRecord<>(Topics.COMMERCE_EVENTS, 0, 42L, "u-1", value);
    }
}
