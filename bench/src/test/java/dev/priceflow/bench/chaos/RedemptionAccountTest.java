package dev.priceflow.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RedemptionAccountTest {

    /** Three keys confirmed (one after two resends), one refused. */
    private static CheckoutLedger.Summary threeConfirmed() {
        CheckoutLedger ledger = new CheckoutLedger();
        for (int i = 1; i <= 3; i++) {
            ledger.sent("k" + i);
        }
        ledger.answer("k1", 201, "{\"orderId\":\"o1\"}");
        ledger.answer("k2", 503, "{}");
        ledger.resent("k2");
        ledger.transportFailure("k2", "io:PrematureCloseException");
        ledger.resent("k2");
        ledger.answer("k2", 201, "{\"orderId\":\"o2\"}");
        ledger.answer("k3", 201, "{\"orderId\":\"o3\"}");
        ledger.sent("k4");
        ledger.answer("k4", 409, "{}");
        return ledger.summary();
    }

    private static final Map<String, String> HELD = Map.of("k1", "o1", "k2", "o2", "k3", "o3");

    @Test
    void oneRedemptionPerConfirmedOrderPasses() {
        RedemptionAccount a = new RedemptionAccount(threeConfirmed(), HELD, 3, 3);

        assertThat(a.doubleRedemptions()).isZero();
        assertThat(a.passed()).isTrue();
        assertThat(a.problems()).isEmpty();
        assertThat(a.notes()).containsExactly("checkouts refused: 409×1");
    }

    @Test
    void aRedemptionRowOrAUseBeyondTheOrdersIsADoubleRedemptionAndFails() {
        RedemptionAccount rows = new RedemptionAccount(threeConfirmed(), HELD, 4, 4);
        assertThat(rows.doubleRedemptions()).isEqualTo(1);
        assertThat(rows.passed()).isFalse();
        assertThat(rows.problems()).containsExactly("1 double redemptions (4 recorded for 3 orders)");

        // pricing's counter moved twice for one order although only one row was written
        RedemptionAccount counter = new RedemptionAccount(threeConfirmed(), HELD, 3, 5);
        assertThat(counter.doubleRedemptions()).isEqualTo(2);
        assertThat(counter.notes()).contains("promotion uses moved by 5 for 3 redemption rows");
    }

    @Test
    void anOrderCommittedForAKeyThatNeverGotAnAnswerIsNotDoubleButTheUnansweredCheckoutFails() {
        CheckoutLedger ledger = new CheckoutLedger();
        ledger.sent("k1");
        ledger.answer("k1", 201, "{\"orderId\":\"o1\"}");
        ledger.sent("k2");
        ledger.answer("k2", 503, "{}");
        RedemptionAccount a = new RedemptionAccount(ledger.summary(), Map.of("k1", "o1", "k2", "o2"), 2, 2);

        assertThat(a.doubleRedemptions()).isZero();
        assertThat(a.committedUnconfirmed()).isEqualTo(1);
        assertThat(a.passed()).isFalse();
        assertThat(a.problems()).containsExactly("1 checkouts without a definite answer after the settle time");
        assertThat(a.notes()).containsExactly("1 orders committed without a confirmation reaching the shopper");
    }

    @Test
    void aConfirmedOrderPricingDoesNotHoldFailsAndAnUnreadableCounterFallsBackToTheRows() {
        RedemptionAccount a = new RedemptionAccount(threeConfirmed(), Map.of("k1", "o1", "k2", "o2"), 2, -1);

        assertThat(a.confirmedMissing()).isEqualTo(1);
        assertThat(a.doubleRedemptions()).isZero();
        assertThat(a.passed()).isFalse();
        assertThat(a.notes()).contains("promotion uses unreadable: judged on redemption rows only");
    }

    @Test
    void twoOrderIdsForOneKeyCountOnceAsADoubleRedemption() {
        CheckoutLedger ledger = new CheckoutLedger();
        ledger.sent("k1");
        ledger.answer("k1", 201, "{\"orderId\":\"o1\"}");
        ledger.answer("k1", 201, "{\"orderId\":\"o9\"}");
        RedemptionAccount a = new RedemptionAccount(ledger.summary(), Map.of("k1", "o1"), 2, 2);

        assertThat(a.doubleRedemptions()).isEqualTo(1);
        assertThat(a.passed()).isFalse();
    }

    /** Seeded random rounds: without injected extra redemptions nothing is doubled; with k it is exactly k. */
    @Test
    void randomRoundsReportExactlyTheInjectedDoubleRedemptions() {
        Random random = new Random(20261126L);
        for (int round = 0; round < 2000; round++) {
            CheckoutLedger ledger = new CheckoutLedger();
            Map<String, String> held = new HashMap<>();
            int keys = random.nextInt(40);
            for (int k = 0; k < keys; k++) {
                String key = "k" + k;
                ledger.sent(key);
                int failuresFirst = random.nextInt(3);
                for (int f = 0; f < failuresFirst; f++) {
                    ledger.answer(key, random.nextBoolean() ? 503 : 502, "{}");
                    ledger.resent(key);
                }
                if (random.nextInt(10) == 0) {
                    ledger.answer(key, 409, "{}");
                } else {
                    held.put(key, "o" + k);
                    for (int c = 1 + random.nextInt(2); c > 0; c--) { // sometimes a replayed receipt too
                        ledger.answer(key, 201, "{\"orderId\":\"o" + k + "\"}");
                    }
                }
            }
            int injected = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
            long rows = held.size() + injected;
            RedemptionAccount a = new RedemptionAccount(ledger.summary(), held, rows,
                    random.nextBoolean() ? rows : -1);
            String seen = "round " + round + ": " + keys + " keys, " + held.size() + " orders, " + injected
                    + " injected";
            assertThat(a.doubleRedemptions()).as(seen).isEqualTo(injected);
            assertThat(a.passed()).as(seen).isEqualTo(injected == 0);
        }
    }
}
