package dev.priceflow.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.priceflow.contracts.Money;
import dev.priceflow.contracts.events.PurchaseCompleted;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurchaseEventsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Instant EARLY = Instant.parse("2010-12-01T08:26:00Z");
    private static final Instant LATE = Instant.parse("2011-06-01T09:00:00Z");

    private static PurchaseRow row(String user, String invoice, Instant at, String sku, int quantity) {
        return new PurchaseRow(user, invoice, at, sku, quantity, new BigDecimal("2.55"));
    }

    @Test
    void oneEventPerInvoiceWithItsLinesOldestFirst() {
        List<PurchaseCompleted> events = PurchaseEvents.from(List.of(
                row("u-1", "536999", LATE, "22423", 1),
                row("u-1", "536365", EARLY, "85123A", 6),
                row("u-1", "536365", EARLY, "71053", 2)), CLOCK);

        assertThat(events).extracting(PurchaseCompleted::orderId).containsExactly("536365", "536999");
        PurchaseCompleted first = events.getFirst();
        assertThat(first.occurredAt()).isEqualTo(EARLY);
        assertThat(first.schemaVersion()).isEqualTo(1);
        assertThat(first.userId()).isEqualTo("u-1");
        assertThat(first.partitionKey()).isEqualTo("u-1");
        assertThat(first.lines()).containsExactly(
                new PurchaseCompleted.Line("85123A", 6, Money.of("2.55", "GBP")),
                new PurchaseCompleted.Line("71053", 2, Money.of("2.55", "GBP")));
    }

    @Test
    void eventIdsAreTheSameOnEveryReplayAndDifferPerInvoiceAndUser() {
        List<PurchaseRow> rows = List.of(row("u-1", "536365", EARLY, "85123A", 6),
                row("u-2", "536365", EARLY, "85123A", 6));

        List<PurchaseCompleted> once = PurchaseEvents.from(rows, CLOCK);
        List<PurchaseCompleted> again = PurchaseEvents.from(rows, CLOCK);

        assertThat(once).extracting(PurchaseCompleted::eventId)
                .containsExactlyElementsOf(again.stream().map(PurchaseCompleted::eventId).toList())
                .doesNotHaveDuplicates();
        assertThat(once.getFirst().eventId().version()).isEqualTo(3);
    }

    @Test
    void anInvalidLineFailsBeforeAnythingIsSent() {
        assertThatThrownBy(() -> PurchaseEvents.from(List.of(row("u-1", "536365", EARLY, "85123A", 0)), CLOCK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("536365").hasMessageContaining("quantity must be between 1 and");
    }
}
