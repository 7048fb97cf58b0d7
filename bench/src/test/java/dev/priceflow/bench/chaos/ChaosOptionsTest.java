package dev.priceflow.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChaosOptionsTest {

    @Test
    void defaultsKillEveryServiceThenEveryServerAtAModestRate() {
        ChaosOptions o = ChaosOptions.parse();
        assertThat(o.components()).containsExactlyElementsOf(ChaosOptions.ALL).hasSize(11);
        assertThat(o.priceRate()).isEqualTo(10);
        assertThat(o.eventBatch()).isEqualTo(10);
        assertThat(o.after().toSeconds()).isEqualTo(30);
    }

    @Test
    void onlyKeepsTheGivenOrderWithoutDuplicatesAndRefusesUnknownNames() {
        ChaosOptions o = ChaosOptions.parse("--only", "redis,trend-analysis,redis", "--load-rate", "4",
                "--duration", "15");
        assertThat(o.components()).isEqualTo(List.of("redis", "trend-analysis"));
        assertThat(o.priceRate()).isEqualTo(4);
        assertThat(o.after().toSeconds()).isEqualTo(15);
        assertThatThrownBy(() -> ChaosOptions.parse("--only", "mysql")).hasMessageContaining("unknown component");
        assertThatThrownBy(() -> ChaosOptions.parse("--load-rate", "0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> ChaosOptions.parse("--event-batch", "501")).hasMessageContaining("500");
        assertThatThrownBy(() -> ChaosOptions.parse("--duration")).hasMessageContaining("needs a value");
    }
}
