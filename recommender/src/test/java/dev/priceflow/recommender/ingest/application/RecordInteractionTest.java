package dev.priceflow.recommender.ingest.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.priceflow.contracts.Money;
import dev.priceflow.contracts.events.AddedToCart;
import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.contracts.events.SearchPerformed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordInteractionTest {

    static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    static final class FakeLog implements InteractionLog {
        final Set<String> seen = new HashSet<>();
        final List<String> calls = new ArrayList<>();
        boolean failPurchase;

        @Override
        public boolean markSeen(String eventId) {
            return seen.add(eventId);
        }

        @Override
        public void unmarkSeen(String eventId) {
            seen.remove(eventId);
        }

        @Override
        public void interacted(String userId, String sku, double weight, boolean addToCart) {
            calls.add("interacted " + userId + " " + sku + " " + weight + (addToCart ? " cart" : ""));
        }

        @Override
        public void purchased(String userId, List<String> skus, double weight) {
            if (failPurchase) {
                throw new IllegalStateException("redis down");
            }
            calls.add("purchased " + userId + " " + skus + " " + weight);
        }

        @Override
        public void invalidate(String userId) {
            calls.add("invalidate " + userId);
        }
    }

    private final FakeLog log = new FakeLog();
    private final RecordInteraction record = new RecordInteraction(log);

    @Test
    void eachEventTypeUpdatesTheLogOnceAndInvalidatesTheShoppersCache() {
        ProductViewed view = new ProductViewed(UUID.randomUUID(), AT, 1, "u1", "85123A", "web");
        assertThat(record.handle(view)).isEqualTo(RecordInteraction.Outcome.APPLIED);
        assertThat(record.handle(view)).isEqualTo(RecordInteraction.Outcome.DUPLICATE);
        record.handle(new AddedToCart(UUID.randomUUID(), AT, 1, "u1", "22423", 1, Money.of("2.00", "GBP")));
        record.handle(new PurchaseCompleted(UUID.randomUUID(), AT, 1, "u1", "o1", List.of(
                new PurchaseCompleted.Line("22423", 1, Money.of("2.00", "GBP")),
                new PurchaseCompleted.Line("22423", 2, Money.of("2.00", "GBP")),
                new PurchaseCompleted.Line("85123A", 1, Money.of("2.95", "GBP")))));
        assertThat(log.calls).containsExactly("interacted u1 85123A 1.0", "invalidate u1",
                "interacted u1 22423 2.0 cart", "invalidate u1", "purchased u1 [22423, 85123A] 3.0",
                "invalidate u1");
    }

    @Test
    void searchesAreSkippedAndMalformedSkusRejected() {
        assertThat(record.handle(new SearchPerformed(UUID.randomUUID(), AT, 1, "u1", "mug", 3)))
                .isEqualTo(RecordInteraction.Outcome.SKIPPED);
        assertThatThrownBy(() -> record.handle(new ProductViewed(UUID.randomUUID(), AT, 1, "u1", "bad sku", "web")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed SKU");
        assertThat(log.calls).isEmpty();
    }

    @Test
    void aFailedEventIsNotMarkedSeenSoARetryAppliesIt() {
        log.failPurchase = true;
        PurchaseCompleted p = new PurchaseCompleted(UUID.randomUUID(), AT, 1, "u1", "o1",
                List.of(new PurchaseCompleted.Line("22423", 1, Money.of("2.00", "GBP"))));
        assertThatThrownBy(() -> record.handle(p)).hasMessageContaining("redis down");
        log.failPurchase = false;
        assertThat(record.handle(p)).isEqualTo(RecordInteraction.Outcome.APPLIED);
    }
}
