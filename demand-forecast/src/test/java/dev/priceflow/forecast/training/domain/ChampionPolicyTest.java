package dev.priceflow.forecast.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.forecast.training.domain.ChampionPolicy.Decision;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ChampionPolicyTest {

    @Test
    void theFirstFiniteModelBecomesChampion() {
        assertThat(ChampionPolicy.decide(3.2, OptionalDouble.empty())).isEqualTo(Decision.CHAMPION);
    }

    @Test
    void aChallengerMustBeStrictlyBetterOnPinball() {
        assertThat(ChampionPolicy.decide(2.9, OptionalDouble.of(3.0))).isEqualTo(Decision.CHAMPION);
        assertThat(ChampionPolicy.decide(3.0, OptionalDouble.of(3.0))).isEqualTo(Decision.REJECTED);
        assertThat(ChampionPolicy.decide(3.1, OptionalDouble.of(3.0))).isEqualTo(Decision.REJECTED);
    }

    @Test
    void aNonFiniteChallengerNeverWinsAndANonFiniteChampionAlwaysLoses() {
        assertThat(ChampionPolicy.decide(Double.NaN, OptionalDouble.empty())).isEqualTo(Decision.REJECTED);
        assertThat(ChampionPolicy.decide(Double.POSITIVE_INFINITY, OptionalDouble.of(3.0))).isEqualTo(Decision.REJECTED);
        assertThat(ChampionPolicy.decide(5.0, OptionalDouble.of(Double.NaN))).isEqualTo(Decision.CHAMPION);
    }
}
