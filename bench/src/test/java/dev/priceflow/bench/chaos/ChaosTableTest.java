package dev.priceflow.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.bench.chaos.LoadStream.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChaosTableTest {

    private static final long S = 1_000_000_000L;
    private static final Timeline CLEAN = new Timeline(List.of(new Outcome(0, S, true, null)), 5 * S, 9 * S);

    private static ChaosRow row(String component, RedemptionAccount redemption) {
        return new ChaosRow(component, "123", 4.0, -1, CLEAN, CLEAN, 0, 10, 10, 10, 0, 1, 0, null, List.of(),
                redemption, null);
    }

    private static RedemptionAccount checkouts(long rows) {
        CheckoutLedger ledger = new CheckoutLedger();
        ledger.sent("k1");
        ledger.answer("k1", 503, "{}");
        ledger.resent("k1");
        ledger.answer("k1", 201, "{\"orderId\":\"o1\"}");
        ledger.sent("k2");
        ledger.answer("k2", 201, "{\"orderId\":\"o2\"}");
        return new RedemptionAccount(ledger.summary(), Map.of("k1", "o1", "k2", "o2"), rows, rows);
    }

    @Test
    void everyRowHasTheHeadersColumnsAndADoubleRedemptionFailsTheVerdict() {
        String table = ChaosTable.render(List.of(row("redis", checkouts(2)), row("kafka", checkouts(3)),
                row("keycloak", null), ChaosRow.failed("pricing", "restart | failed")));
        List<String> lines = table.lines().toList();

        assertThat(lines.getFirst()).contains("| checkouts ok/sent | checkout resends | double redemptions |");
        long columns = cells(lines.getFirst());
        assertThat(lines).allSatisfy(l -> assertThat(cells(l)).as(l).isEqualTo(columns));
        assertThat(lines.get(2)).contains("| 2/2 | 1 of 1 keys (503×1) | 0 | ok");
        assertThat(lines.get(3)).contains("| 2/2 | 1 of 1 keys (503×1) | 1 | FAIL: 1 double redemptions");
        assertThat(lines.get(4)).contains("| - | - | - | ok");
        assertThat(lines.get(5)).contains("NOT RUN: restart / failed");
        assertThat(row("redis", checkouts(2)).passed()).isTrue();
        assertThat(row("kafka", checkouts(3)).passed()).isFalse();
    }

    private static long cells(String line) {
        return line.chars().filter(c -> c == '|').count();
    }
}
