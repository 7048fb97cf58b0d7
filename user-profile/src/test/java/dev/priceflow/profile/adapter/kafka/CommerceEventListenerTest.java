package dev.priceflow.profile.adapter.kafka;

import dev.priceflow.kit.kafka.PoisonEventException;
import dev.priceflow.kit.kafka.DeadLetterErrorHandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.priceflow.contracts.Topics;
import dev.priceflow.contracts.events.EventValidator;
import dev.priceflow.profile.application.HotProfiles;
import dev.priceflow.profile.application.Profiles;
import dev.priceflow.profile.application.RecordEvent;
import dev.priceflow.profile.domain.ProfileAggregation;
import dev.priceflow.profile.domain.ProfileDelta;
import dev.priceflow.profile.domain.ProfileTotals;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import tools.jackson.databind.json.JsonMapper;

class CommerceEventListenerTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");

    private final List<ProfileDelta> stored = new ArrayList<>();
    private final CommerceEventListener listener = new CommerceEventListener(JsonMapper.builder().build(),
            new RecordEvent(new EventValidator(Clock.fixed(NOW, ZoneOffset.UTC)), new ProfileAggregation("GBP"),
                    new StoringProfiles(), totals -> { }));

    @Test
    void aWellFormedEventIsParsedAndCounted() {
        listener.onEvent(record("""
                {"type":"ProductViewed","eventId":"0b6f7a8e-1d2c-4e5f-9a0b-1c2d3e4f5a6b",
                 "occurredAt":"2026-11-20T10:00:00Z","schemaVersion":1,"userId":"u-1","sku":"85123A","channel":"web"}"""));

        assertThat(stored).singleElement().satisfies(d -> {
            assertThat(d.userId()).isEqualTo("u-1");
            assertThat(d.views()).isEqualTo(1);
        });
    }

    @Test
    void unreadableJsonIsPoison() {
        assertThatThrownBy(() -> listener.onEvent(record("not json {")))
                .isInstanceOf(PoisonEventException.class).hasMessageStartingWith("unreadable event JSON");
        assertThatThrownBy(() -> listener.onEvent(record("{\"type\":\"Teleported\"}")))
                .isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> listener.onEvent(record(null)))
                .isInstanceOf(PoisonEventException.class).hasMessage("empty record value");
        assertThat(stored).isEmpty();
    }

    @Test
    void anEventFailingValidationIsPoisonWithItsReasons() {
        assertThatThrownBy(() -> listener.onEvent(record("""
                {"type":"SearchPerformed","eventId":"0b6f7a8e-1d2c-4e5f-9a0b-1c2d3e4f5a6b",
                 "occurredAt":"2026-11-20T10:00:00Z","schemaVersion":1,"userId":"u-1","query":" ","resultCount":-1}""")))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("query is required").hasMessageContaining("resultCount must not be negative");
        assertThat(stored).isEmpty();
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

    private final class StoringProfiles implements Profiles {
        @Override
        public Optional<ProfileTotals> find(String userId) {
            return Optional.empty();
        }

        @Override
        public Recorded recordOnce(UUID eventId, ProfileDelta delta) {
            stored.add(delta);
            return new Recorded.Applied(ProfileTotals.empty(delta.userId(), delta.currency()));
        }
    }
}
