package dev.priceflow.profile.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.priceflow.contracts.Topics;
import dev.priceflow.kit.kafka.DeadLetterErrorHandling;
import dev.priceflow.kit.kafka.PoisonEventException;
import dev.priceflow.profile.application.Fixtures;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import tools.jackson.databind.json.JsonMapper;

class CommerceEventListenerTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    private static final String VIEW_ID = "0b6f7a8e-1d2c-4e5f-9a0b-1c2d3e4f5a6b";

    private final Fixtures fixtures = new Fixtures(Clock.fixed(NOW, ZoneOffset.UTC), 2);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CommerceEventListener listener = new CommerceEventListener(JsonMapper.builder().build(),
            fixtures.recordEvent, new ProfileUpdateLag(registry, Clock.fixed(NOW, ZoneOffset.UTC)));

    @Test
    void aWellFormedEventIsParsedAndCounted() {
        listener.onEvents(List.of(record(0, view(VIEW_ID, "u-1"))));

        assertThat(fixtures.profiles.rows).containsOnlyKeys("u-1");
        assertThat(fixtures.profiles.rows.get("u-1").totals().views()).isEqualTo(1);
    }

    @Test
    void aPollIsCountedInOneTransactionWithTwoEventsOfOneShopperBothCounted() {
        listener.onEvents(List.of(record(0, view(id(1), "u-1")), record(1, view(id(2), "u-2")),
                record(2, view(id(3), "u-1"))));

        assertThat(fixtures.profiles.recordAllCalls).isEqualTo(1);
        assertThat(fixtures.profiles.rows.get("u-1").totals().views()).isEqualTo(2);
        assertThat(fixtures.profiles.rows.get("u-2").totals().views()).isEqualTo(1);
        assertThat(fixtures.hot.current.get("u-1").totals().views()).isEqualTo(2);
    }

    @Test
    void theLagFromTheRecordsCreateTimeToTheProfileWriteIsTimedOncePerCountedEvent() {
        long createTime = NOW.minusMillis(250).toEpochMilli();

        listener.onEvents(List.of(timed(view(VIEW_ID, "u-1"), createTime, TimestampType.CREATE_TIME),
                // the same event id again in the batch: not counted, not timed
                timed(view(VIEW_ID, "u-1"), createTime, TimestampType.CREATE_TIME),
                timed(view(id(9), "u-1"), createTime, TimestampType.LOG_APPEND_TIME)));
        listener.onEvents(List.of(timed(view(VIEW_ID, "u-1"), createTime, TimestampType.CREATE_TIME))); // redelivery

        Timer timer = registry.get(ProfileUpdateLag.NAME).timer();
        assertThat(timer.count()).isEqualTo(1);
        assertThat(registry.get(ProfileUpdateLag.RECEIVED).timer().count()).isEqualTo(3);
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(250.0);
        assertThat(fixtures.profiles.rows.get("u-1").totals().views()).isEqualTo(2);
    }

    @Test
    void aPoisonRecordAmongGoodOnesIsPointedOutAfterTheRecordsBeforeItWereCounted() {
        ConsumerRecord<String, String> poison = record(1, "not json {");

        assertThatThrownBy(() -> listener.onEvents(List.of(record(0, view(id(1), "u-1")), poison,
                record(2, view(id(2), "u-2")))))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getRecord()).isSameAs(poison);
                    assertThat(DeadLetterErrorHandling.reason(e)).startsWith("unreadable event JSON");
                });
        // the error handler commits u-1's record, dead-letters the poison and redelivers u-2's
        assertThat(fixtures.profiles.rows).containsOnlyKeys("u-1");
    }

    @Test
    void aBatchRedeliveredAfterItsOffsetCommitFailedCountsNothingTwice() {
        List<ConsumerRecord<String, String>> batch = List.of(record(0, view(id(1), "u-1")),
                record(1, view(id(2), "u-2")), record(2, view(id(3), "u-1")));
        listener.onEvents(batch);

        // the commit failed (group rebalanced): the batch comes again, whole or from its middle, with new records
        listener.onEvents(batch);
        listener.onEvents(List.of(batch.get(2), record(3, view(id(4), "u-2"))));

        assertThat(fixtures.profiles.rows.get("u-1").totals().views()).isEqualTo(2);
        assertThat(fixtures.profiles.rows.get("u-2").totals().views()).isEqualTo(2);
        assertThat(fixtures.profiles.processed).hasSize(4);
        assertThat(fixtures.hot.current.get("u-1").totals().views()).isEqualTo(2);
    }

    @Test
    void unreadableOrInvalidRecordsArePoisonWithTheirReasons() {
        assertPoison(record(0, "{\"type\":\"Teleported\"}"), "unreadable event JSON");
        assertPoison(record(0, null), "empty record value");
        assertPoison(record(0, """
                {"type":"SearchPerformed","eventId":"0b6f7a8e-1d2c-4e5f-9a0b-1c2d3e4f5a6b",
                 "occurredAt":"2026-11-20T10:00:00Z","schemaVersion":1,"userId":"u-1","query":" ","resultCount":-1}"""),
                "query is required");
        assertThat(fixtures.profiles.rows).isEmpty();
        assertThat(fixtures.profiles.processed).isEmpty();
    }

    @Test
    void aRecordTheStoreCannotTakeIsFoundByCountingTheBatchOneAtATime() {
        fixtures.profiles.unstorable = UUID.fromString(id(2));
        fixtures.profiles.failure = new IllegalArgumentException("numeric field overflow");
        ConsumerRecord<String, String> bad = record(1, view(id(2), "u-2"));

        assertThatThrownBy(() -> listener.onEvents(List.of(record(0, view(id(1), "u-1")), bad,
                record(2, view(id(3), "u-3")))))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getRecord()).isSameAs(bad);
                    assertThat(e).hasRootCauseInstanceOf(IllegalArgumentException.class);
                });
        assertThat(fixtures.profiles.rows).containsOnlyKeys("u-1");
    }

    @Test
    void whenTheDatabaseIsDownNothingIsCountedAndTheFirstRecordIsRetried() {
        fixtures.profiles.failing = true;
        fixtures.profiles.failure = new QueryTimeoutException("statement timeout");
        ConsumerRecord<String, String> first = record(0, view(id(1), "u-1"));

        assertThatThrownBy(() -> listener.onEvents(List.of(first, record(1, view(id(2), "u-2")))))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getRecord()).isSameAs(first);
                    assertThat(e).hasCauseInstanceOf(QueryTimeoutException.class);
                });
        assertThat(fixtures.profiles.processed).isEmpty();
        assertThat(fixtures.hot.published).isEmpty();
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

    private void assertPoison(ConsumerRecord<String, String> record, String reason) {
        assertThatThrownBy(() -> listener.onEvents(List.of(record)))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getRecord()).isSameAs(record);
                    assertThat(e).hasCauseInstanceOf(PoisonEventException.class);
                    assertThat(DeadLetterErrorHandling.reason(e)).contains(reason);
                });
    }

    private static String id(int n) {
        return new UUID(0x0b6f7a8e00004000L, n).toString();
    }

    private static String view(String eventId, String user) {
        return """
                {"type":"ProductViewed","eventId":"%s","occurredAt":"2026-11-20T10:00:00Z","schemaVersion":1,
                 "userId":"%s","sku":"85123A","channel":"web"}""".formatted(eventId, user);
    }

    private static ConsumerRecord<String, String> timed(String value, long timestamp, TimestampType type) {
        return new ConsumerRecord<>(Topics.COMMERCE_EVENTS, 0, 42L, timestamp, type, 0, 0, "u-1", value,
                new RecordHeaders(), Optional.empty());
    }

    private static ConsumerRecord<String, String> record(long offset, String value) {
        return new ConsumerRecord<>(Topics.COMMERCE_EVENTS, 0, offset, "u-1", value);
    }
}
