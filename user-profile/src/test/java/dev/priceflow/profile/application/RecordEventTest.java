package dev.priceflow.profile.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.priceflow.contracts.Money;
import dev.priceflow.contracts.events.CompetitorPriceObserved;
import dev.priceflow.contracts.events.EventValidator;
import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.profile.domain.ProfileAggregation;
import dev.priceflow.profile.domain.ProfileDelta;
import dev.priceflow.profile.domain.ProfileTotals;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordEventTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    private static final String USER = "u-1";

    private final InMemoryProfiles profiles = new InMemoryProfiles();
    private final RecordingHotProfiles hot = new RecordingHotProfiles();
    private final RecordEvent recordEvent = new RecordEvent(new EventValidator(Clock.fixed(NOW, ZoneOffset.UTC)),
            new ProfileAggregation("GBP"), profiles, hot);

    @Test
    void aValidEventIsCountedAndTheHotProfileRefreshed() {
        RecordEvent.Outcome outcome = recordEvent.handle(view(UUID.randomUUID()));

        assertThat(outcome).isInstanceOf(RecordEvent.Outcome.Applied.class);
        assertThat(profiles.find(USER)).get().extracting(ProfileTotals::views).isEqualTo(1L);
        assertThat(hot.published).singleElement().extracting(ProfileTotals::views).isEqualTo(1L);
    }

    @Test
    void theSameEventIdTwiceCountsOnceAndStillRefreshesTheHotCopy() {
        UUID id = UUID.randomUUID();

        recordEvent.handle(view(id));
        RecordEvent.Outcome second = recordEvent.handle(view(id));

        assertThat(second).isInstanceOf(RecordEvent.Outcome.Duplicate.class);
        assertThat(profiles.find(USER)).get().extracting(ProfileTotals::views).isEqualTo(1L);
        assertThat(hot.published).hasSize(2).allSatisfy(p -> assertThat(p.views()).isEqualTo(1L));
    }

    @Test
    void anInvalidEventIsRejectedWithEveryReasonAndNothingIsStored() {
        RecordEvent.Outcome outcome = recordEvent.handle(new ProductViewed(UUID.randomUUID(), NOW, 7, "", "bad sku", "web"));

        assertThat(outcome).isInstanceOfSatisfying(RecordEvent.Outcome.Rejected.class, r -> assertThat(r.reason())
                .contains("schemaVersion 7").contains("userId is required").contains("sku is not a well-formed SKU"));
        assertThat(profiles.processed).isEmpty();
        assertThat(hot.published).isEmpty();
    }

    @Test
    void aPurchaseInAForeignCurrencyIsRejectedAndNotMarkedProcessed() {
        RecordEvent.Outcome outcome = recordEvent.handle(new PurchaseCompleted(UUID.randomUUID(), NOW, 1, USER, "o-1",
                List.of(new PurchaseCompleted.Line("A1", 1, Money.of("5.00", "USD")))));

        assertThat(outcome).isInstanceOf(RecordEvent.Outcome.Rejected.class);
        assertThat(profiles.processed).isEmpty();
    }

    @Test
    void competitorPricesAreSkippedWithoutTouchingTheStore() {
        RecordEvent.Outcome outcome = recordEvent.handle(new CompetitorPriceObserved(UUID.randomUUID(), NOW, 1, "A1",
                "shop-b", Money.of("1.00", "GBP")));

        assertThat(outcome).isInstanceOf(RecordEvent.Outcome.Skipped.class);
        assertThat(profiles.processed).isEmpty();
    }

    @Test
    void aRedisFailureDoesNotFailTheEvent() {
        hot.failing = true;

        RecordEvent.Outcome outcome = recordEvent.handle(view(UUID.randomUUID()));

        assertThat(outcome).isInstanceOf(RecordEvent.Outcome.Applied.class);
        assertThat(profiles.find(USER)).get().extracting(ProfileTotals::views).isEqualTo(1L);
    }

    @Test
    void aDatabaseFailurePropagatesSoTheConsumerRetries() {
        profiles.failing = true;

        assertThatThrownBy(() -> recordEvent.handle(view(UUID.randomUUID())))
                .isInstanceOf(IllegalStateException.class);
        assertThat(hot.published).isEmpty();
    }

    private static ProductViewed view(UUID id) {
        return new ProductViewed(id, NOW, 1, USER, "85123A", "web");
    }

    static final class InMemoryProfiles implements Profiles {
        final Set<UUID> processed = new HashSet<>();
        final Map<String, ProfileTotals> rows = new HashMap<>();
        boolean failing;

        @Override
        public Optional<ProfileTotals> find(String userId) {
            return Optional.ofNullable(rows.get(userId));
        }

        @Override
        public Recorded recordOnce(UUID eventId, ProfileDelta d) {
            if (failing) {
                throw new IllegalStateException("database down");
            }
            if (!processed.add(eventId)) {
                return new Recorded.AlreadyProcessed();
            }
            ProfileTotals t = rows.getOrDefault(d.userId(), ProfileTotals.empty(d.userId(), d.currency()));
            ProfileTotals next = new ProfileTotals(t.userId(), t.views() + d.views(), t.cartAdds() + d.cartAdds(),
                    t.purchases() + d.purchases(), t.searches() + d.searches(), t.unitsBought() + d.unitsBought(),
                    t.monetary().add(d.monetary()), t.currency(), d.occurredAt());
            rows.put(d.userId(), next);
            return new Recorded.Applied(next);
        }
    }

    static final class RecordingHotProfiles implements HotProfiles {
        final List<ProfileTotals> published = new ArrayList<>();
        boolean failing;

        @Override
        public void publish(ProfileTotals totals) {
            if (failing) {
                throw new IllegalStateException("redis timeout");
            }
            published.add(totals);
        }
    }
}
