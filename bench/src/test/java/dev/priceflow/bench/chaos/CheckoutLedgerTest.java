package dev.priceflow.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.bench.chaos.CheckoutLedger.Fate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckoutLedgerTest {

    private static final String RECEIPT_A = "{\"orderId\":\"a-1\",\"total\":\"11.35\"}";
    // a replay answers the stored receipt (jsonb: other key order, spaces)
    private static final String REPLAY_A = "{\"lines\": [], \"orderId\": \"a-1\", \"total\": \"11.35\"}";

    private final CheckoutLedger ledger = new CheckoutLedger();

    @Test
    void aKeyIsResentUntilA201OrAReasoned4xxAndAReplayOfTheSameOrderIsOneOrder() {
        ledger.sent("k1");
        assertThat(ledger.answer("k1", 503, "{}")).isEqualTo(Fate.RESEND);
        ledger.resent("k1");
        assertThat(ledger.transportFailure("k1", "io:ConnectException")).isEqualTo(Fate.RESEND);
        ledger.resent("k1");
        assertThat(ledger.answer("k1", 201, RECEIPT_A)).isEqualTo(Fate.CONFIRMED);
        ledger.resent("k1");
        assertThat(ledger.answer("k1", 201, REPLAY_A)).isEqualTo(Fate.CONFIRMED);

        ledger.sent("k2");
        assertThat(ledger.answer("k2", 409, "{\"code\":\"CHAOS-1\"}")).isEqualTo(Fate.REFUSED);
        ledger.sent("k3");
        assertThat(ledger.answer("k3", 429, "{}")).isEqualTo(Fate.RESEND);
        assertThat(ledger.answer("k3", 401, "")).isEqualTo(Fate.RESEND);
        ledger.quoteFailed();

        CheckoutLedger.Summary s = ledger.summary();
        assertThat(s.sent()).isEqualTo(3);
        assertThat(s.confirmed()).isEqualTo(Map.of("k1", Set.of("a-1")));
        assertThat(s.orderIds()).containsExactly("a-1");
        assertThat(s.extraOrdersPerKey()).isZero();
        assertThat(s.unresolved()).containsExactly("k3");
        assertThat(s.refusals()).isEqualTo(Map.of("409", 1L));
        assertThat(s.retried()).isEqualTo(Map.of("503", 1L, "io:ConnectException", 1L, "429", 1L, "401", 1L));
        assertThat(s.resends()).isEqualTo(3);
        assertThat(s.keysResent()).isEqualTo(1);
        assertThat(s.quoteFailures()).isEqualTo(1);
    }

    @Test
    void twoConfirmationsOfOneKeyWithDifferentOrderIdsAreASecondOrder() {
        ledger.sent("k1");
        ledger.answer("k1", 201, RECEIPT_A);
        ledger.answer("k1", 201, "{\"orderId\":\"b-2\"}");

        assertThat(ledger.summary().confirmed().get("k1")).containsExactlyInAnyOrder("a-1", "b-2");
        assertThat(ledger.summary().extraOrdersPerKey()).isEqualTo(1);
    }

    @Test
    void a201WithoutAnOrderIdIsNotAConfirmationAndARefusalAfterAConfirmationKeepsTheOrder() {
        ledger.sent("k1");
        assertThat(ledger.answer("k1", 201, "<html>")).isEqualTo(Fate.RESEND);
        assertThat(ledger.summary().unresolved()).containsExactly("k1");

        ledger.answer("k1", 201, RECEIPT_A);
        assertThat(ledger.answer("k1", 422, "{}")).isEqualTo(Fate.RESEND);
        assertThat(ledger.summary().unresolved()).isEmpty();
        assertThat(ledger.summary().refusals()).isEmpty();
    }

    @Test
    void onlyAReasoned4xxIsADefiniteRefusal() {
        assertThat(CheckoutLedger.definiteRefusal(400)).isTrue();
        assertThat(CheckoutLedger.definiteRefusal(403)).isTrue();
        assertThat(CheckoutLedger.definiteRefusal(409)).isTrue();
        assertThat(CheckoutLedger.definiteRefusal(422)).isTrue();
        assertThat(CheckoutLedger.definiteRefusal(401)).isFalse();
        assertThat(CheckoutLedger.definiteRefusal(408)).isFalse();
        assertThat(CheckoutLedger.definiteRefusal(429)).isFalse();
        assertThat(CheckoutLedger.definiteRefusal(503)).isFalse();
        assertThat(CheckoutLedger.definiteRefusal(201)).isFalse();
    }
}
