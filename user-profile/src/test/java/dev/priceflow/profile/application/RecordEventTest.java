package dev.priceflow.profile.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.priceflow.contracts.Money;
import dev.priceflow.contracts.events.AddedToCart;
import dev.priceflow.contracts.events.CompetitorPriceObserved;
import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.profile.domain.Profile;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordEventTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    private static final String USER = "u-1";

    private final Fixtures f = new Fixtures(Clock.fixed(NOW, ZoneOffset.UTC), 2);

    @Test
    void aValidEventIsCountedAndTheHotProfileRefreshed() {
        f.product("85123A", "candles-lights", "2.95");

        RecordEvent.Outcome outcome = f.recordEvent.handle(view(UUID.randomUUID(), "85123A"));

        assertThat(outcome).isInstanceOf(RecordEvent.Outcome.Applied.class);
        Profile p = f.profiles.find(USER).orElseThrow();
        assertThat(p.totals().views()).isEqualTo(1L);
        assertThat(p.behaviour().categories()).containsOnlyKeys("candles-lights");
        assertThat(p.behaviour().recentViews()).extracting(v -> v.sku()).containsExactly("85123A");
        assertThat(f.hot.published).singleElement().satisfies(h -> assertThat(h.totals().views()).isEqualTo(1L));
    }

    @Test
    void theSameEventIdTwiceCountsOnceAndStillRefreshesTheHotCopy() {
        UUID id = UUID.randomUUID();

        f.recordEvent.handle(view(id, "85123A"));
        RecordEvent.Outcome second = f.recordEvent.handle(view(id, "85123A"));

        assertThat(second).isInstanceOf(RecordEvent.Outcome.Duplicate.class);
        Profile p = f.profiles.find(USER).orElseThrow();
        assertThat(p.totals().views()).isEqualTo(1L);
        assertThat(p.behaviour().skus().get("85123A").views()).isEqualTo(1L);
        assertThat(f.hot.published).hasSize(2).allSatisfy(h -> assertThat(h.totals().views()).isEqualTo(1L));
    }

    @Test
    void aPurchaseRecordsPricesAgainstTheListPriceAndTheLastPurchaseTime() {
        f.product("A1", "kitchen", "10.00");

        f.recordEvent.handle(new PurchaseCompleted(UUID.randomUUID(), NOW, 1, USER, "o-1",
                List.of(new PurchaseCompleted.Line("A1", 2, Money.of("8.00", "GBP"), true))));

        Profile p = f.profiles.find(USER).orElseThrow();
        assertThat(p.behaviour().lastPurchaseAt()).isEqualTo(NOW);
        assertThat(p.behaviour().skus().get("A1").paidValue()).isEqualByComparingTo("16.00");
        assertThat(p.behaviour().skus().get("A1").listValue()).isEqualByComparingTo("20.00");
        assertThat(p.behaviour().skus().get("A1").promoLines()).isEqualTo(1);
    }

    @Test
    void anInvalidEventIsRejectedWithEveryReasonAndNothingIsStored() {
        RecordEvent.Outcome outcome = f.recordEvent.handle(new ProductViewed(UUID.randomUUID(), NOW, 7, "", "bad sku",
                "web"));

        assertThat(outcome).isInstanceOfSatisfying(RecordEvent.Outcome.Rejected.class, r -> assertThat(r.reason())
                .contains("schemaVersion 7").contains("userId is required").contains("sku is not a well-formed SKU"));
        assertThat(f.profiles.processed).isEmpty();
        assertThat(f.hot.published).isEmpty();
    }

    @Test
    void aPurchaseInAForeignCurrencyIsRejectedAndNotMarkedProcessed() {
        RecordEvent.Outcome outcome = f.recordEvent.handle(new PurchaseCompleted(UUID.randomUUID(), NOW, 1, USER,
                "o-1", List.of(new PurchaseCompleted.Line("A1", 1, Money.of("5.00", "USD")))));

        assertThat(outcome).isInstanceOf(RecordEvent.Outcome.Rejected.class);
        assertThat(f.profiles.processed).isEmpty();
    }

    @Test
    void competitorPricesAreSkippedWithoutTouchingTheStore() {
        RecordEvent.Outcome outcome = f.recordEvent.handle(new CompetitorPriceObserved(UUID.randomUUID(), NOW, 1,
                "A1", "shop-b", Money.of("1.00", "GBP")));

        assertThat(outcome).isInstanceOf(RecordEvent.Outcome.Skipped.class);
        assertThat(f.profiles.processed).isEmpty();
    }

    @Test
    void aRedisFailureDoesNotFailTheEvent() {
        f.hot.failing = true;

        RecordEvent.Outcome outcome = f.recordEvent.handle(view(UUID.randomUUID(), "85123A"));

        assertThat(outcome).isInstanceOf(RecordEvent.Outcome.Applied.class);
        assertThat(f.profiles.find(USER)).get().extracting(p -> p.totals().views()).isEqualTo(1L);
    }

    @Test
    void aDatabaseOrCatalogueFailurePropagatesSoTheConsumerRetries() {
        f.profiles.failing = true;
        assertThatThrownBy(() -> f.recordEvent.handle(view(UUID.randomUUID(), "85123A")))
                .isInstanceOf(IllegalStateException.class);

        f.profiles.failing = false;
        f.catalogueDown = true;
        assertThatThrownBy(() -> f.recordEvent.handle(view(UUID.randomUUID(), "85123A")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(f.profiles.processed).isEmpty();
        assertThat(f.hot.published).isEmpty();
    }

    @Test
    void aNewShopperIsAssignedTheNearestSegmentOfTheCurrentModelAtWriteTime() {
        f.product("A1", "kitchen", "10.00");
        for (int i = 0; i < 4; i++) {
            f.recordEvent.handle(new PurchaseCompleted(UUID.randomUUID(), NOW.minusSeconds(i), 1, "big-" + i,
                    "o-" + i, List.of(new PurchaseCompleted.Line("A1", 50, Money.of("10.00", "GBP")))));
            f.recordEvent.handle(new PurchaseCompleted(UUID.randomUUID(), NOW.minusSeconds(i), 1, "small-" + i,
                    "p-" + i, List.of(new PurchaseCompleted.Line("A1", 1, Money.of("5.00", "GBP")))));
        }
        f.segmentation.retrain().orElseThrow();

        f.recordEvent.handle(new PurchaseCompleted(UUID.randomUUID(), NOW, 1, "newcomer", "n-1",
                List.of(new PurchaseCompleted.Line("A1", 1, Money.of("5.00", "GBP")))));

        assertThat(f.profiles.find("newcomer").orElseThrow().segment())
                .isEqualTo(f.profiles.find("small-0").orElseThrow().segment()).isNotNull();
        assertThat(f.profiles.find("big-0").orElseThrow().segment().id()).isZero();
    }

    private static ProductViewed view(UUID id, String sku) {
        return new ProductViewed(id, NOW, 1, USER, sku, "web");
    }

    @SuppressWarnings("unused")
    private static AddedToCart cart(String sku, String price) {
        return new AddedToCart(UUID.randomUUID(), NOW, 1, USER, sku, 1, Money.of(price, "GBP"));
    }
}
