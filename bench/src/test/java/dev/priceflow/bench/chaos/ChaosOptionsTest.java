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
        assertThat(o.checkoutRate()).isEqualTo(1);
        assertThat(o.checkoutSku()).isEqualTo("22423");
        assertThat(o.marketingUser()).isEqualTo("mia");
        assertThat(o.toString()).contains("1.0 checkouts/s of 22423");
    }

    @Test
    void theRedemptionProbeCanBeSlowedMovedOrSwitchedOffButNotDrivenNegativeOrHard() {
        ChaosOptions o = ChaosOptions.parse("--checkout-rate", "0.5", "--checkout-sku", "47566",
                "--marketing-user", "mia2");
        assertThat(o.checkoutRate()).isEqualTo(0.5);
        assertThat(o.checkoutSku()).isEqualTo("47566");
        assertThat(o.marketingUser()).isEqualTo("mia2");
        assertThat(ChaosOptions.parse("--checkout-rate", "0").toString()).contains("no redemption probe");
        assertThatThrownBy(() -> ChaosOptions.parse("--checkout-rate", "-1")).hasMessageContaining("between 0");
        assertThatThrownBy(() -> ChaosOptions.parse("--checkout-rate", "50")).hasMessageContaining("and 20");
        assertThatThrownBy(() -> ChaosOptions.parse("--checkout-rate", "x")).isInstanceOf(NumberFormatException.class);
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
