package dev.priceflow.bench.lag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.bench.BenchOptions;
import dev.priceflow.bench.stats.Latencies;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LagHistogramTest {

    private static final String METRIC = ProfileLagDefaults.METRIC;

    private static String scrape(long... cumulative) {
        String[] le = {"0.001", "0.01", "0.1", "1.0", "+Inf"};
        StringBuilder out = new StringBuilder("# HELP " + METRIC + " lag\n# TYPE " + METRIC + " histogram\n");
        for (int i = 0; i < le.length; i++) {
            out.append(METRIC).append("_bucket{application=\"user-profile\",le=\"").append(le[i]).append("\"} ")
                    .append(cumulative[i]).append(".0\n");
        }
        out.append(METRIC).append("_count{application=\"user-profile\"} ").append(cumulative[4]).append(".0\n");
        out.append("other_metric_bucket{le=\"1.0\"} 99.0\n");
        return out.toString();
    }

    @Test
    void theDifferenceOfTwoScrapesGivesThePercentilesOfWhatHappenedInBetween() {
        LagHistogram before = LagHistogram.parse(scrape(5, 5, 5, 5, 5), METRIC);
        // in between: 50 under 1 ms, 40 under 10 ms, 9 under 100 ms, 1 over 1 s
        LagHistogram after = LagHistogram.parse(scrape(55, 95, 104, 104, 105), METRIC);

        LagHistogram delta = after.minus(before);

        assertThat(delta.count()).isEqualTo(100);
        assertThat(delta.quantileSeconds(0.50)).isEqualTo(0.001);
        assertThat(delta.quantileSeconds(0.51)).isEqualTo(0.01);
        assertThat(delta.quantileSeconds(0.99)).isEqualTo(0.1);
        assertThat(delta.quantileSeconds(1.0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(LagHistogram.parse("", METRIC).quantileSeconds(0.5)).isNaN();
    }

    /** Seeded property loop: the table's nearest-rank percentiles over the bound samples equal quantileSeconds. */
    @Test
    void boundSamplesReadTheSamePercentilesAsTheHistogram() {
        Random random = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            long[] cumulative = new long[5];
            long total = 0;
            for (int i = 0; i < 4; i++) {
                total += random.nextInt(i == 0 ? 50 : 20);
                cumulative[i] = total;
            }
            cumulative[4] = total + 1 + random.nextInt(3);
            LagHistogram h = LagHistogram.parse(scrape(cumulative), METRIC);
            long[] bounds = h.boundsNanos(600_000_000_000L);
            Latencies latencies = Latencies.of(bounds, bounds.length);
            for (double q : new double[] {0.5, 0.9, 0.99}) {
                double expected = h.quantileSeconds(q);
                double seconds = latencies.percentileMillis(q * 100) / 1000;
                assertThat(Double.isInfinite(expected) ? 600.0 : expected)
                        .as("case %d %s q=%s", n, java.util.Arrays.toString(cumulative), q)
                        .isEqualTo(seconds, org.assertj.core.api.Assertions.offset(1e-9));
            }
        }
    }

    @Test
    void theRateAndTheProfileUrlAreOptions() {
        BenchOptions defaults = BenchOptions.parse();
        assertThat(defaults.lagRate()).isEqualTo(5000);
        assertThat(BenchOptions.parse("--lag-rate", "800", "--profile", "http://127.0.0.1:9").lagRate()).isEqualTo(800);
        assertThat(BenchOptions.parse("--profile", "http://127.0.0.1:9").profile()).isEqualTo("http://127.0.0.1:9");
        assertThat(ProfileLagRun.name(5000)).isEqualTo("profile-lag@5000");
        assertThat(BenchOptions.parse("--only", "profile-lag").selected(ProfileLagRun.name(5000))).isTrue();
        assertThat(BenchOptions.parse("--only", "ingest").selected(ProfileLagRun.name(5000))).isFalse();
        // minutes of load: never part of a plain ./priceflow bench
        assertThat(BenchOptions.parse().named(ProfileLagRun.name(5000))).isFalse();
        assertThat(BenchOptions.parse("--only", "profile-lag").named(ProfileLagRun.name(5000))).isTrue();
    }
}
