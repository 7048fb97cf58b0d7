package dev.priceflow.forecast.history.adapter.kafka;

import dev.priceflow.kit.kafka.PoisonEventException;
import dev.priceflow.kit.kafka.DeadLetterErrorHandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.priceflow.contracts.Money;
import dev.priceflow.contracts.events.EventValidator;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.forecast.history.application.InMemorySalesHistory;
import dev.priceflow.forecast.history.application.RecordPurchase;
import dev.priceflow.forecast.history.domain.PurchaseSales;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PurchaseListenerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final InMemorySalesHistory history = new InMemorySalesHistory();
    private final PurchaseListener listener = new PurchaseListener(JSON,
            new RecordPurchase(new EventValidator(Clock.systemUTC()), new PurchaseSales("GBP"), history));

    private static ConsumerRecord<String, String> record(String value) {
        return new ConsumerRecord<>("commerce.events", 0, 7L, "k", value);
    }

    @Test
    void aRedeliveredPurchaseIsCountedOnceAndDoesNotFail() {
        String json = JSON.writeValueAsString(new PurchaseCompleted(UUID.randomUUID(), Instant.now(), 1, "u", "o",
                List.of(new PurchaseCompleted.Line("A1", 2, Money.of("1.50", "GBP")))));

        listener.onEvent(record(json));
        assertThatCode(() -> listener.onEvent(record(json))).doesNotThrowAnyException();

        assertThat(history.rows.values()).singleElement().satisfies(r -> assertThat(r.units()).isEqualTo(2));
        assertThat(history.processed).hasSize(1);
    }

    @Test
    void unreadableOrInvalidRecordsArePoisonWithAReason() {
        String invalid = JSON.writeValueAsString(new PurchaseCompleted(UUID.randomUUID(), Instant.now(), 1, "u", "o",
                List.of()));

        assertThatThrownBy(() -> listener.onEvent(record("{not json"))).isInstanceOf(PoisonEventException.class)
                .hasMessageStartingWith("unreadable event JSON");
        assertThatThrownBy(() -> listener.onEvent(record(""))).isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> listener.onEvent(record(invalid))).isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("lines must not be empty");
        assertThat(history.rows).isEmpty();
    }

    @Test
    void theDeadLetterReasonNamesThePoisonOrTheRootCause() {
        assertThat(DeadLetterErrorHandling.reason(new RuntimeException("wrapped", new PoisonEventException("bad"))))
                .isEqualTo("bad");
        assertThat(DeadLetterErrorHandling.reason(new RuntimeException(new IllegalStateException("boom"))))
                .isEqualTo("IllegalStateException: boom");
        assertThat(HistoryKafkaErrorHandling.errorHandler((r, c, e) -> { },
                new dev.priceflow.forecast.history.HistoryProperties.Retry(java.time.Duration.ofMillis(1), 2,
                        java.time.Duration.ofMillis(5)))
                .removeClassification(org.springframework.dao.TransientDataAccessException.class)).isTrue();
    }
}
