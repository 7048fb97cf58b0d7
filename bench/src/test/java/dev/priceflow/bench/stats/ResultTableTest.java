package dev.priceflow.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    private static RunResult run(String name, String unit, long ok, long units, double seconds, Double rate) {
        Tally tally = new Tally();
        for (long i = 0; i < ok; i++) {
            tally.success(1_000_000, units / Math.max(ok, 1), null);
        }
        return tally.result(name, "closed, 16 conn", seconds, unit, rate);
    }

    @Test
    void throughputIsAFractionOfTheBaselineMeasuredInTheSameRun() {
        String table = ResultTable.render(List.of(run("hello", "req", 1000, 1000, 1, null),
                run("price-cached", "req", 600, 600, 1, null)));
        assertThat(table).contains("| hello |").contains("baseline (start ÷ mean 1.00)")
                .contains("0.60 of baseline");
    }

    @Test
    void aBaselineAtTheEndIsAveragedInAndItsDriftShown() {
        String table = ResultTable.render(List.of(run("hello", "req", 1200, 1200, 1, null),
                run("price-cached", "req", 600, 600, 1, null), run("hello-end", "req", 800, 800, 1, null)));
        assertThat(table).contains("0.60 of baseline").contains("baseline (start ÷ mean 1.20)")
                .contains("baseline (end ÷ mean 0.80)");
    }

    @Test
    void ingestionIsComparedWithTheRawProducerInEvents() {
        String table = ResultTable.render(List.of(run("hello", "req", 1000, 1000, 1, null),
                run("kafka-raw", "events", 1000, 1000, 1, null), run("ingest", "events", 10, 500, 1, null)));
        assertThat(table).contains("500 events/s").contains("0.50 of raw events/s");
    }

    @Test
    void fixedRateRowsSayWhetherTheRateWasMet() {
        Tally tally = new Tally();
        for (int i = 0; i < 400; i++) {
            tally.success(2_000_000, 1, "X-Cache HIT");
        }
        for (int i = 0; i < 600; i++) {
            tally.error("429");
        }
        RunResult capped = tally.result("price-cached@1000", "open, 1000/s", 1, "req", 1000.0);
        String table = ResultTable.render(List.of(capped));
        assertThat(capped.rateAchieved()).isFalse();
        assertThat(table).contains("rate NOT met (400 of 1000/s)").contains("429×600").contains("X-Cache HIT×400");
    }

    @Test
    void aTargetThatCouldNotRunSaysWhy() {
        String table = ResultTable.render(List.of(RunResult.failed("ingest", "IllegalStateException: no | token")));
        assertThat(table).contains("not measured: IllegalStateException: no / token");
    }
}
