package dev.priceflow.profile.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.Money;
import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.infra.test.ManualClock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SegmentationTest {

    private final ManualClock clock = new ManualClock("2026-11-20T10:15:30Z");
    private final Fixtures f = new Fixtures(clock, 2);

    @Test
    void noModelIsTrainedBeforeThereAreKBuyersThenOneIsAndItIsRetrainedOnlyWhenDue() {
        buy("a", 1);
        assertThat(f.segmentation.retrainIfDue(Duration.ofHours(6))).isEmpty();

        buy("b", 30);
        assertThat(f.segmentation.retrainIfDue(Duration.ofHours(6))).isPresent();
        clock.advance(Duration.ofHours(1));
        assertThat(f.segmentation.retrainIfDue(Duration.ofHours(6))).isEmpty();
        clock.advance(Duration.ofHours(5));
        assertThat(f.segmentation.retrainIfDue(Duration.ofHours(6))).isPresent();
        assertThat(f.models).hasSize(2);
    }

    @Test
    void browsersAreLeftOutOfTrainingButStillGetTheNearestSegment() {
        buy("a", 1);
        buy("b", 30);
        f.recordEvent.handle(new ProductViewed(UUID.randomUUID(), clock.instant(), 1, "browser", "A1", "web"));

        var model = f.segmentation.retrain().orElseThrow();

        assertThat(model.shoppers()).isEqualTo(2);
        assertThat(f.profiles.find("browser").orElseThrow().segment()).isNotNull();
        assertThat(f.hot.current.get("browser").segment()).isNotNull();
        assertThat(f.segmentation.sizes(model).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
    }

    private void buy(String user, int quantity) {
        f.recordEvent.handle(new PurchaseCompleted(UUID.randomUUID(), clock.instant(), 1, user, "o-" + UUID.randomUUID(),
                List.of(new PurchaseCompleted.Line("A1", quantity, Money.of("5.00", "GBP")))));
    }
}
