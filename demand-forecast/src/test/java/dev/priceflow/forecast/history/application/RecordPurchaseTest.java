package dev.priceflow.forecast.history.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.Money;
import dev.priceflow.contracts.events.EventValidator;
import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.forecast.history.domain.DailySales;
import dev.priceflow.forecast.history.domain.PurchaseSales;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordPurchaseTest {

    private static final Instant NOW = Instant.parse("2026-11-20T23:30:00Z");
    private final InMemorySalesHistory history = new InMemorySalesHistory();
    private final RecordPurchase record = new RecordPurchase(new EventValidator(Clock.fixed(NOW, ZoneOffset.UTC)),
            new PurchaseSales("GBP"), history);

    private static PurchaseCompleted purchase(UUID id, PurchaseCompleted.Line... lines) {
        return new PurchaseCompleted(id, NOW.minusSeconds(60), 1, "u-1", "o-" + id, List.of(lines));
    }

    @Test
    void aPurchaseAddsEachLineToItsDayOnceEvenWhenDeliveredTwice() {
        PurchaseCompleted p = purchase(UUID.randomUUID(),
                new PurchaseCompleted.Line("85123A", 2, Money.of("2.55", "GBP")),
                new PurchaseCompleted.Line("71053", 1, Money.of("3.39", "GBP"), true),
                new PurchaseCompleted.Line("85123A", 1, Money.of("2.00", "GBP"), true));

        assertThat(record.handle(p)).isEqualTo(new RecordPurchase.Outcome.Applied(2));
        assertThat(record.handle(p)).isEqualTo(new RecordPurchase.Outcome.Duplicate());

        LocalDate day = LocalDate.parse("2026-11-20");
        assertThat(history.rows.values()).containsExactlyInAnyOrder(
                new DailySales("85123A", day, 3, new BigDecimal("7.10"), 1),
                new DailySales("71053", day, 1, new BigDecimal("3.39"), 1));
    }

    @Test
    void purchasesOfTheSameDayAccumulate() {
        record.handle(purchase(UUID.randomUUID(), new PurchaseCompleted.Line("A1", 1, Money.of("1.00", "GBP"))));
        record.handle(purchase(UUID.randomUUID(), new PurchaseCompleted.Line("A1", 4, Money.of("0.50", "GBP"))));

        assertThat(history.row("A1", "2026-11-20"))
                .isEqualTo(new DailySales("A1", LocalDate.parse("2026-11-20"), 5, new BigDecimal("3.00"), 0));
    }

    @Test
    void otherEventTypesAreIgnored() {
        var view = new ProductViewed(UUID.randomUUID(), NOW, 1, "u-1", "A1", "web");

        assertThat(record.handle(view)).isEqualTo(new RecordPurchase.Outcome.Ignored("ProductViewed"));
        assertThat(history.rows).isEmpty();
        assertThat(history.processed).isEmpty();
    }

    @Test
    void invalidPurchasesAndForeignCurrenciesAreRejectedWithoutWriting() {
        var invalid = new PurchaseCompleted(UUID.randomUUID(), NOW, 99, "u-1", "o-1",
                List.of(new PurchaseCompleted.Line("A1", 1, Money.of("1.00", "GBP"))));
        var euros = purchase(UUID.randomUUID(), new PurchaseCompleted.Line("A1", 1, Money.of("1.00", "EUR")));

        assertThat(record.handle(invalid)).isInstanceOfSatisfying(RecordPurchase.Outcome.Rejected.class,
                r -> assertThat(r.reason()).contains("schemaVersion 99"));
        assertThat(record.handle(euros)).isInstanceOfSatisfying(RecordPurchase.Outcome.Rejected.class,
                r -> assertThat(r.reason()).contains("EUR, not the shop currency GBP"));
        assertThat(history.rows).isEmpty();
        assertThat(history.processed).isEmpty();
    }
}
