package dev.priceflow.forecast.model.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindowMakerTest {

    private static final WindowSpec SPEC = new WindowSpec(3, 2);

    static Series series(double holdoutValue, double holdoutPrice) {
        int n = 12;
        double[] v = new double[n];
        double[] p = new double[n];
        for (int t = 0; t < n; t++) {
            v[t] = t < 10 ? t + 1 : holdoutValue;   // training part 1..10, mean 5.5
            p[t] = t < 10 ? 2.0 : holdoutPrice;
        }
        return new Series("a", 0, v, p, null, null, null);
    }

    @Test
    void holdoutNeverReachesScalingInputsOrTargets() {
        // season 1: the second holdout period's "last season" value would be the first holdout value
        WindowSet clean = new WindowMaker(SPEC, 1).prepare(List.of(series(11, 2.0)), 2);
        WindowSet poisoned = new WindowMaker(SPEC, 1).prepare(List.of(series(1e9, 99.0)), 2);
        assertThat(poisoned.scales()).containsExactly(5.5);
        assertThat(poisoned.train()).usingRecursiveFieldByFieldElementComparator().isEqualTo(clean.train());
        assertThat(poisoned.validation()).usingRecursiveFieldByFieldElementComparator().isEqualTo(clean.validation());
        assertThat(poisoned.forecast()).usingRecursiveFieldByFieldElementComparator().isEqualTo(clean.forecast());
        // the forecast window's future price is the last training price, not the holdout's realised one
        float[] future = poisoned.forecast().getFirst().future();
        assertThat(future[0]).isZero();
        assertThat(future[5]).isEqualTo(10 / 5.5f);                    // lag of period 10 = period 9: known
        assertThat(future[Features.COVARIATES + 6]).isZero();         // lag of period 11 = holdout: flagged unknown
        assertThat(future[Features.COVARIATES + 5]).isZero();
    }

    @Test
    void trainingTargetsStopBeforeTheValidationPeriod() {
        WindowSet set = new WindowMaker(SPEC, 52).prepare(List.of(series(11, 2)), 2);
        // training part = 10 periods; validation targets = periods 8,9; training targets must end by period 7
        assertThat(set.validation()).hasSize(1);
        assertThat(set.validation().getFirst().target()).containsExactly(9 / 5.5f, 10 / 5.5f);
        assertThat(set.train()).hasSize(4); // starts 0..3, the last targets periods 6,7
        assertThat(set.train().getLast().target()).containsExactly(7 / 5.5f, 8 / 5.5f);
        assertThat(set.train().getFirst().inputs()[0]).isEqualTo(1 / 5.5f);
        assertThat(set.forecast().getFirst().inputs()[0]).isEqualTo(8 / 5.5f); // periods 7,8,9 feed the forecast
    }

    @Test
    void tooShortSeriesAreRejectedWithTheReason() {
        Series shortOne = new Series("tiny", 0, new double[] {1, 2, 3}, null, null, null, null);
        assertThatThrownBy(() -> new WindowMaker(SPEC, 52).prepare(List.of(shortOne), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tiny").hasMessageContaining("needs 9");
    }

    @Test
    void invalidValuesAreRejected() {
        assertThatThrownBy(() -> new Series("n", 0, new double[] {1, Double.NaN}, null, null, null, null))
                .hasMessageContaining("invalid value at 1");
        assertThatThrownBy(() -> new Series("neg", 0, new double[] {-1}, null, null, null, null))
                .hasMessageContaining("invalid value at 0");
    }
}
