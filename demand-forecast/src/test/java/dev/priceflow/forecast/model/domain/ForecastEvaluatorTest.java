package dev.priceflow.forecast.model.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ForecastEvaluatorTest {

    @Test
    void pinballLossOnHandComputedCases() {
        assertThat(ForecastEvaluator.pinball(0.9, 10, 8)).isCloseTo(1.8, within(1e-12));  // under-forecast: 0.9*2
        assertThat(ForecastEvaluator.pinball(0.9, 10, 12)).isCloseTo(0.2, within(1e-12)); // over-forecast: 0.1*2
        assertThat(ForecastEvaluator.pinball(0.1, 10, 12)).isCloseTo(1.8, within(1e-12));
        assertThat(ForecastEvaluator.pinball(0.5, 10, 14)).isCloseTo(2.0, within(1e-12));
        assertThat(ForecastEvaluator.pinball(0.5, 3, 3)).isZero();
    }

    @Test
    void metricsOnAHandComputedSeries() {
        // train 2,4,6,8: lag-1 naive in-sample MAE = 2 (season 52 > length, so m = 1)
        double[] train = {2, 4, 6, 8};
        double[] actual = {10, 10};
        var f = new QuantileForecast(new double[] {8, 11}, new double[] {9, 13}, new double[] {12, 14});
        ForecastEvaluator ev = new ForecastEvaluator("m", 52, true);
        ev.add(train, actual, f);
        Metrics m = ev.metrics();
        assertThat(m.mae()).isCloseTo(2.0, within(1e-12));               // |1|, |3|
        assertThat(m.rmse()).isCloseTo(Math.sqrt(5), within(1e-12));     // (1 + 9) / 2
        assertThat(m.mase()).isCloseTo(1.0, within(1e-12));              // 2 / 2
        assertThat(m.maseSeason()).isEqualTo(1);
        assertThat(m.coverage()).isCloseTo(0.5, within(1e-12));          // 10 in [8,12], not in [11,14]
        // point 1: p10 0.1*2=0.2, p50 0.5*1=0.5, p90 0.1*2=0.2 -> 0.3; point 2 (over-forecast): p10 0.9*1=0.9, p50 0.5*3=1.5, p90 0.1*4=0.4 -> 2.8/3
        assertThat(m.pinball()).isCloseTo((0.3 + 2.8 / 3) / 2, within(1e-12));
    }

    @Test
    void maseUsesTheSeasonalLagWhenTheTrainingPartIsLongerThanASeason() {
        double[] train = {1, 5, 2, 6, 3, 7}; // lag-2 diffs: 1,1,1,1 -> scale 1
        ForecastEvaluator ev = new ForecastEvaluator("m", 2, false);
        ev.add(train, new double[] {4}, QuantileForecast.point(new double[] {6}));
        assertThat(ev.metrics().mase()).isCloseTo(2.0, within(1e-12));
        assertThat(ev.metrics().maseSeason()).isEqualTo(2);
        assertThat(ev.metrics().coverage()).isNaN();
    }
}
