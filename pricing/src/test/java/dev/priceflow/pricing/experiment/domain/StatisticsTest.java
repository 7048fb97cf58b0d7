package dev.priceflow.pricing.experiment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void waldIntervalOfAKnownProportion() {
        // 50 of 1000: p = 0.05, se = sqrt(0.05*0.95/1000) = 0.006892, CI = 0.05 -/+ 0.013509
        Statistics.Estimate e = Statistics.proportion(50, 1000);
        assertThat(e.value()).isEqualTo(0.05);
        assertThat(e.standardError()).isCloseTo(0.0068920, offset(1e-6));
        assertThat(e.ci95().low()).isCloseTo(0.036491, offset(1e-6));
        assertThat(e.ci95().high()).isCloseTo(0.063509, offset(1e-6));
    }

    @Test
    void waldIntervalIsClippedToZeroAndOne() {
        assertThat(Statistics.proportion(1, 3).ci95().low()).isEqualTo(0);
        assertThat(Statistics.proportion(0, 10).ci95()).isEqualTo(new Statistics.Interval(0, 0));
        assertThat(Statistics.proportion(0, 0).value()).isZero();
    }

    @Test
    void meanIntervalFromSumsOfAKnownSample() {
        // values 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sample variance 32/7, se = sqrt(32/7/8) = 0.755929
        double sum = 40;
        double sumSq = 4 + 16 + 16 + 16 + 25 + 25 + 49 + 81;
        Statistics.Estimate e = Statistics.mean(8, sum, sumSq);
        assertThat(e.value()).isEqualTo(5.0);
        assertThat(e.standardError()).isCloseTo(0.755929, offset(1e-6));
        assertThat(e.ci95().low()).isCloseTo(5 - 1.96 * 0.755929, offset(1e-5));
        assertThat(e.ci95().high()).isCloseTo(5 + 1.96 * 0.755929, offset(1e-5));
    }

    @Test
    void differenceUsesTheUnpooledStandardError() {
        Statistics.Estimate treatment = Statistics.proportion(60, 1000);
        Statistics.Estimate control = Statistics.proportion(50, 1000);
        Statistics.Estimate d = Statistics.difference(treatment, control);
        double se = Math.sqrt(0.06 * 0.94 / 1000 + 0.05 * 0.95 / 1000);
        assertThat(d.value()).isCloseTo(0.01, offset(1e-12));
        assertThat(d.standardError()).isCloseTo(se, offset(1e-12));
        assertThat(d.ci95().low()).isCloseTo(0.01 - 1.96 * se, offset(1e-12));
        assertThat(d.ci95().low()).isNegative(); // 1 point on 1000 visitors each is not significant
    }

    @Test
    void armResultsListEveryArmThenTheHoldoutWithDifferencesOnlyForTreatments() {
        Experiment e = new Experiment(3, "t", "22423", null, java.util.List.of(
                new Arm("control", java.math.BigDecimal.ZERO, 50), new Arm("plus5", java.math.BigDecimal.TEN, 50)),
                10, java.time.Instant.EPOCH, java.time.Instant.EPOCH.plusSeconds(60), null, "mia",
                java.time.Instant.EPOCH);
        java.math.BigDecimal ten = java.math.BigDecimal.TEN;
        var results = ArmResult.of(e, java.util.List.of(new ArmTally("plus5", 4, 1, 2, ten, ten.pow(2), ten, ten.pow(2))));
        assertThat(results).extracting(ArmResult::name).containsExactly("control", "plus5", "holdout");
        assertThat(results.get(0).vsControl()).isNull();
        assertThat(results.get(1).conversion().value()).isEqualTo(0.25);
        assertThat(results.get(1).revenuePerVisitor().value()).isEqualTo(2.5);
        assertThat(results.get(1).vsControl().value()).isEqualTo(0.25);
        assertThat(results.get(2).vsControl()).isNull();
    }
}
