package dev.priceflow.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.bench.chaos.LoadStream.Outcome;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final long S = 1_000_000_000L;

    @Test
    void failuresArePlacedBeforeTheKillDuringTheOutageOrAfterUpByTheTimeTheirAnswerArrived() {
        Timeline t = new Timeline(List.of(
                new Outcome(0, 1 * S, false, "503"),
                new Outcome(1 * S, 2 * S, true, null),
                new Outcome(9 * S, 11 * S, false, "io:ConnectException"),
                new Outcome(12 * S, 13 * S, false, "503"),
                new Outcome(20 * S, 23 * S, false, "502"),
                new Outcome(24 * S, 25 * S, true, null)), 10 * S, 20 * S);

        assertThat(t.total()).isEqualTo(6);
        assertThat(t.ok()).isEqualTo(2);
        assertThat(t.failuresBeforeKill()).isEqualTo(Map.of("503", 1L));
        assertThat(t.failuresDuringOutage()).isEqualTo(Map.of("io:ConnectException", 1L, "503", 1L));
        assertThat(t.failuresAfterUp()).isEqualTo(Map.of("502", 1L));
        assertThat(t.lastFailureAfterKill()).isEqualTo(13.0);
        assertThat(new Timeline(List.of(new Outcome(0, S, true, null)), 0, S).lastFailureAfterKill()).isEqualTo(-1);
    }

    @Test
    void priceCheckFlagsAnAnswerBelowTheSkusFloorOnly() {
        PriceCheck check = new PriceCheck(Map.of("A", new BigDecimal("2.00")));
        check.check("{\"sku\":\"A\",\"currency\":\"GBP\",\"listPrice\":\"3.00\",\"price\":\"2.00\"}");
        check.check("{\"sku\":\"A\",\"currency\":\"GBP\",\"listPrice\":\"3.00\",\"price\":\"1.99\"}");
        check.check("{\"type\":\"about:blank\"}");
        assertThat(check.checked()).isEqualTo(2);
        assertThat(check.below()).isEqualTo(1);
        assertThat(check.unreadable()).isEqualTo(1);
        assertThat(check.example()).isEqualTo("A at 1.99 < floor 2.00");
    }
}
