package dev.priceflow.forecast.model.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BaselinesTest {

    @Test
    void seasonalNaiveRepeatsTheLastSeason() {
        double[] history = {1, 2, 3, 4, 5, 6};
        assertThat(new SeasonalNaive(4).forecast(history, 6)).containsExactly(3, 4, 5, 6, 3, 4);
    }

    @Test
    void seasonalNaiveFallsBackToLastValueWithoutAFullSeason() {
        assertThat(new SeasonalNaive(52).forecast(new double[] {7, 9}, 3)).containsExactly(9, 9, 9);
    }

    @Test
    void movingAverageIsFlatAtTheMeanOfTheLastSpan() {
        assertThat(new MovingAverage(3).forecast(new double[] {100, 1, 2, 6}, 2)).containsExactly(3, 3);
        assertThat(new MovingAverage(10).forecast(new double[] {2, 4}, 1)).containsExactly(3);
    }

    @Test
    void exponentialSmoothingFollowsTheRecursion() {
        // level: 10 -> 0.5*20+0.5*10 = 15 -> 0.5*0+0.5*15 = 7.5
        assertThat(new ExponentialSmoothing(0.5).forecast(new double[] {10, 20, 0}, 2)).containsExactly(7.5, 7.5);
    }

    @Test
    void emptyHistoryAndZeroHorizonAreRejected() {
        assertThatThrownBy(() -> new SeasonalNaive(52).forecast(new double[0], 8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> new MovingAverage(4).forecast(new double[] {1}, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("horizon");
        assertThatThrownBy(() -> new WindowSpec(16, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WindowSpec(16, 10_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
