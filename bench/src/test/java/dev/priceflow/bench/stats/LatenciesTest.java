package dev.priceflow.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesFollowTheNearestRankRule() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = (100 - i) * 1_000_000L; // 100 ms .. 1 ms, unsorted on purpose
        }
        Latencies l = Latencies.of(nanos, 100);
        assertThat(l.percentileMillis(50)).isEqualTo(50.0);
        assertThat(l.percentileMillis(99)).isEqualTo(99.0);
        assertThat(l.percentileMillis(100)).isEqualTo(100.0);
        assertThat(l.percentileMillis(0.1)).isEqualTo(1.0);
    }

    @Test
    void onlyTheRecordedPrefixCounts() {
        Latencies l = Latencies.of(new long[] {2_000_000, 4_000_000, 999_000_000_000L}, 2);
        assertThat(l.count()).isEqualTo(2);
        assertThat(l.percentileMillis(100)).isEqualTo(4.0);
    }

    @Test
    void noSamplesGiveNaNAndBadPercentsAreRefused() {
        assertThat(Latencies.of(new long[0], 0).percentileMillis(99)).isNaN();
        assertThatThrownBy(() -> Latencies.of(new long[1], 1).percentileMillis(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentileIsAlwaysASampleAndMonotonicInPercent() {
        Random random = new Random(42);
        for (int c = 0; c < 2_000; c++) {
            int n = 1 + random.nextInt(200);
            long[] nanos = random.longs(n, 1, 1_000_000_000L).toArray();
            Latencies l = Latencies.of(nanos, n);
            double p50 = l.percentileMillis(50);
            double p99 = l.percentileMillis(99);
            long atOrBelow = java.util.Arrays.stream(nanos).filter(x -> x / 1_000_000.0 <= p99).count();
            assertThat(p50).as("case %d n=%d", c, n).isLessThanOrEqualTo(p99);
            assertThat(atOrBelow).as("case %d n=%d", c, n).isGreaterThanOrEqualTo((long) Math.ceil(0.99 * n));
        }
    }

    @Test
    void recorderGrowsBeyondItsFirstArray() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (int i = 1; i <= 40_000; i++) {
            recorder.record(i * 1_000L);
        }
        Latencies l = recorder.snapshot();
        assertThat(l.count()).isEqualTo(40_000);
        assertThat(l.percentileMillis(100)).isEqualTo(40.0);
    }
}
