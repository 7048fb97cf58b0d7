package dev.priceflow.profile.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.Money;
import dev.priceflow.contracts.events.AddedToCart;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.CompetitorPriceObserved;
import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.contracts.events.SearchPerformed;
import dev.priceflow.profile.application.RecordEvent.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Counting a batch in one transaction gives what counting its events one at a time gives. */
class RecordEventsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    private static final String[] SKUS = {"85123A", "22423", "A1", "B2"};

    private final Fixtures f = new Fixtures(Clock.fixed(NOW, ZoneOffset.UTC), 2);

    @Test
    void eventsAlreadyCountedOrTwiceInTheBatchCountOnceAndTheRestCountInOneTransaction() {
        ProductViewed first = view(UUID.randomUUID(), "u-1", "85123A", NOW.minusSeconds(30));
        f.recordEvent.handle(first);
        ProductViewed second = view(UUID.randomUUID(), "u-1", "A1", NOW.minusSeconds(20));

        List<Outcome> outcomes = f.recordEvent.handleAll(List.of(first, second, second,
                view(UUID.randomUUID(), "u-2", "A1", NOW)));

        assertThat(outcomes).extracting(o -> o.getClass().getSimpleName())
                .containsExactly("Duplicate", "Applied", "Duplicate", "Applied");
        assertThat(f.profiles.recordAllCalls).isEqualTo(2);
        assertThat(f.profiles.rows.get("u-1").totals().views()).isEqualTo(2);
        assertThat(f.profiles.rows.get("u-1").behaviour().skus()).containsOnlyKeys("85123A", "A1");
        assertThat(f.hot.current.get("u-1").totals().views()).isEqualTo(2);
        assertThat(f.hot.current.get("u-2").totals().views()).isEqualTo(1);
    }

    @Test
    void onlyDuplicatesStillRefreshTheHotCopyFromTheStore() {
        ProductViewed seen = view(UUID.randomUUID(), "u-1", "85123A", NOW);
        f.recordEvent.handle(seen);
        f.hot.current.clear();

        assertThat(f.recordEvent.handleAll(List.of(seen))).singleElement().isInstanceOf(Outcome.Duplicate.class);
        assertThat(f.hot.current.get("u-1").totals().views()).isEqualTo(1);
    }

    @Test
    void invalidSkippedAndErasedEventsInABatchLeaveTheOthersCounting() {
        f.profiles.erase("gone", NOW.minusSeconds(10));

        List<Outcome> outcomes = f.recordEvent.handleAll(List.of(
                view(UUID.randomUUID(), "", "bad sku", NOW),
                new CompetitorPriceObserved(UUID.randomUUID(), NOW, 1, "A1", "shop-b", Money.of("1.00", "GBP")),
                view(UUID.randomUUID(), "gone", "A1", NOW.minusSeconds(60)),
                view(UUID.randomUUID(), "u-1", "A1", NOW)));

        assertThat(outcomes).extracting(o -> o.getClass().getSimpleName())
                .containsExactly("Rejected", "Skipped", "Skipped", "Applied");
        assertThat(f.profiles.rows).containsOnlyKeys("u-1");
        assertThat(f.profiles.processed).hasSize(1);
    }

    @Test
    void aHotCopyFailureDoesNotFailTheBatch() {
        f.hot.failing = true;

        assertThat(f.recordEvent.handleAll(List.of(view(UUID.randomUUID(), "u-1", "A1", NOW),
                view(UUID.randomUUID(), "u-2", "A1", NOW)))).allMatch(o -> o instanceof Outcome.Applied);
        assertThat(f.profiles.rows).containsOnlyKeys("u-1", "u-2");
    }

    /**
     * Seeded random event streams (3 shoppers, repeated event ids, a segment model in place), cut into random
     * batches: the stored profiles (totals, behaviour, segment) equal those of counting one event at a time.
     */
    @Test
    void batchesOfAnySizeGiveTheProfilesOfCountingOneAtATime() {
        Random random = new Random(20261126L);
        for (int run = 0; run < 300; run++) {
            List<CommerceEvent> stream = stream(random, 1 + random.nextInt(40));
            Fixtures single = withSegments();
            Fixtures batched = withSegments();
            stream.forEach(single.recordEvent::handle);
            for (int from = 0; from < stream.size(); ) {
                int to = Math.min(stream.size(), from + 1 + random.nextInt(12));
                batched.recordEvent.handleAll(stream.subList(from, to));
                from = to;
            }
            final int failedRun = run;
            assertThat(batched.profiles.rows).as("run %d: %s", failedRun, stream).isEqualTo(single.profiles.rows);
            assertThat(batched.profiles.processed).as("run %d", failedRun).isEqualTo(single.profiles.processed);
            assertThat(batched.hot.current).as("run %d", failedRun).isEqualTo(single.hot.current);
        }
    }

    /** Fixtures with a catalogue and a trained segment model (four buyers). */
    private static Fixtures withSegments() {
        Fixtures f = new Fixtures(Clock.fixed(NOW, ZoneOffset.UTC), 2);
        f.product("85123A", "candles-lights", "2.95");
        f.product("22423", "kitchen", "12.75");
        f.product("A1", "kitchen", "10.00");
        for (int i = 0; i < 4; i++) {
            f.recordEvent.handle(new PurchaseCompleted(new UUID(7, i), NOW.minusSeconds(3600 + i), 1, "buyer-" + i,
                    "o-" + i, List.of(new PurchaseCompleted.Line("A1", 1 + 20 * (i % 2), Money.of("9.00", "GBP")))));
        }
        f.segmentation.retrain().orElseThrow();
        return f;
    }

    private static List<CommerceEvent> stream(Random random, int size) {
        List<CommerceEvent> events = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (!events.isEmpty() && random.nextInt(8) == 0) {
                events.add(events.get(random.nextInt(events.size()))); // a redelivery
                continue;
            }
            String user = "u-" + random.nextInt(3);
            String sku = SKUS[random.nextInt(SKUS.length)];
            Instant at = NOW.minusSeconds(random.nextInt(90 * 86_400));
            UUID id = new UUID(random.nextLong(), random.nextLong());
            events.add(switch (random.nextInt(4)) {
                case 0 -> view(id, user, sku, at);
                case 1 -> new AddedToCart(id, at, 1, user, sku, 1 + random.nextInt(3), Money.of("2.50", "GBP"));
                case 2 -> new SearchPerformed(id, at, 1, user, "candles", random.nextInt(50));
                default -> new PurchaseCompleted(id, at, 1, user, "o-" + i, List.of(
                        new PurchaseCompleted.Line(sku, 1 + random.nextInt(4), Money.of("1.99", "GBP"),
                                random.nextBoolean())));
            });
        }
        return events;
    }

    private static ProductViewed view(UUID id, String user, String sku, Instant at) {
        return new ProductViewed(id, at, 1, user, sku, "web");
    }
}
