package dev.priceflow.profile.segment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SegmentTrainerTest {

    private static final List<String> FEATURES = List.of("recencyDays", "frequency", "monetary", "priceSensitivity",
            "discountAffinity");
    private static final Instant AT = Instant.parse("2026-11-20T00:00:00Z");

    @Test
    void bigInsensitiveSpendersAndSmallBargainHuntersBecomeLabelledSegments() {
        List<double[]> shoppers = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < 40; i++) {
            shoppers.add(new double[] {10 + random.nextInt(10), 30 + random.nextInt(10), 3000 + random.nextInt(500),
                0.1 + random.nextDouble() * 0.1, 1.0});
            shoppers.add(new double[] {400 + random.nextInt(50), 1 + random.nextInt(2), 20 + random.nextInt(10),
                0.8 + random.nextDouble() * 0.1, 0.7});
        }

        SegmentModel model = new SegmentTrainer(2, 42, 5, 100).train(FEATURES, shoppers, AT);

        assertThat(model.segments()).extracting(Segment::label)
                .containsExactly("high value, price-insensitive, active", "low value, price-sensitive, lapsed");
        assertThat(model.segments()).extracting(Segment::trainedSize).containsExactly(40, 40);
        Segment high = model.segments().getFirst();
        assertThat(high.centroid().get(2)).isBetween(3000.0, 3500.0); // monetary in pounds, not z-scores
        assertThat(model.assign(new double[] {12, 35, 3200, 0.15, 1.0}).id()).isZero();
        assertThat(model.assign(new double[] {420, 1, 25, 0.85, 0.7}).id()).isEqualTo(1);
        assertThat(model.shoppers()).isEqualTo(80);
    }

    @Test
    void trainingIsDeterministicForASeedAndStandardizationIsRecorded() {
        List<double[]> shoppers = new ArrayList<>();
        Random random = new Random(5);
        for (int i = 0; i < 60; i++) {
            shoppers.add(new double[] {random.nextInt(700), random.nextInt(40), random.nextInt(5000),
                random.nextDouble(), 0.5 + random.nextDouble() / 2});
        }

        SegmentModel a = new SegmentTrainer(4, 7, 5, 100).train(FEATURES, shoppers, AT);
        SegmentModel b = new SegmentTrainer(4, 7, 5, 100).train(FEATURES, shoppers, AT);

        assertThat(a).isEqualTo(b);
        assertThat(a.segments()).hasSize(4).extracting(Segment::id).containsExactly(0, 1, 2, 3);
        assertThat(a.segments().stream().mapToInt(Segment::trainedSize).sum()).isEqualTo(60);
        double[] z = a.standardize(FeatureSpace.transform(shoppers.getFirst()));
        assertThat(FeatureSpace.inverse(FeatureSpace.transform(shoppers.getFirst()))[2])
                .isCloseTo(shoppers.getFirst()[2], within(1e-6));
        assertThat(z).hasSize(5);
    }
}
