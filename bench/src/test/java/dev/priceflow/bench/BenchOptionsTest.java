package dev.priceflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void defaultsFitTheLocalStack() {
        BenchOptions o = BenchOptions.parse();
        assertThat(o.measured()).isEqualTo(Duration.ofSeconds(10));
        assertThat(o.warmup()).isEqualTo(Duration.ofSeconds(5));
        assertThat(o.baseline()).isEqualTo("http://127.0.0.1:18099");
        assertThat(o.cachedRate()).isEqualTo(1000);
        assertThat(o.recsRate()).isEqualTo(200);
        assertThat(o.selected("price-cached@1000")).isTrue();
    }

    @Test
    void onlySelectsTargetsByNamePrefix() {
        BenchOptions o = BenchOptions.parse("--only", "price-cached,ingest", "--duration", "3");
        assertThat(o.measured()).isEqualTo(Duration.ofSeconds(3));
        assertThat(o.selected("price-cached")).isTrue();
        assertThat(o.selected("price-cached@360")).isTrue();
        assertThat(o.selected("ingest")).isTrue();
        assertThat(o.selected("price-uncached")).isFalse();
        assertThat(o.selected("recommendations")).isFalse();
    }

    @Test
    void eventBatchesAreCappedAtTheGatewayLimit() {
        assertThat(BenchOptions.parse("--event-batch", "9000").eventBatch()).isEqualTo(500);
    }

    @Test
    void badOptionsAreRefusedWithTheUsage() {
        assertThatThrownBy(() -> BenchOptions.parse("--duration", "0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> BenchOptions.parse("--speed", "1")).hasMessageContaining("unknown option --speed")
                .hasMessageContaining("--duration S");
        assertThatThrownBy(() -> BenchOptions.parse("--only")).hasMessageContaining("needs a value");
    }
}
