package dev.priceflow.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventLedgerTest {

    private final EventLedger ledger = new EventLedger("u-1", List.of("A", "B"));

    @Test
    void aFullyAccepted202CountsEveryIdAndAnythingElseKeepsTheBatchForTheResend() {
        EventLedger.Batch ok = ledger.next(0, 3);
        EventLedger.Batch refused = ledger.next(1, 3);
        EventLedger.Batch lostInTransit = ledger.next(2, 3);

        assertThat(ledger.answer(ok, 202, "{\"accepted\":3,\"rejected\":0,\"rejections\":[]}").ok()).isTrue();
        assertThat(ledger.answer(refused, 503, "{}").label()).isEqualTo("503");
        ledger.transportFailure(2);

        assertThat(ledger.accepted()).containsExactlyInAnyOrderElementsOf(ok.ids());
        assertThat(ledger.unconfirmed()).containsExactly(refused, lostInTransit);
        assertThat(ledger.sent()).hasSize(9);
        assertThat(ok.body()).startsWith("[{\"type\":\"ProductViewed\"").contains("\"userId\":\"u-1\"");

        // the resend of the same batch (same ids) is accepted: it leaves the resend list
        assertThat(ledger.answer(refused, 202, "{\"accepted\":3,\"rejected\":0,\"rejections\":[]}").ok()).isTrue();
        assertThat(ledger.unconfirmed()).containsExactly(lostInTransit);
        assertThat(ledger.accepted()).hasSize(6);
    }

    @Test
    void a202WithRejectedEventsIsNotCountedAsAccepted() {
        EventLedger.Batch batch = ledger.next(0, 2);
        assertThat(ledger.answer(batch, 202, "{\"accepted\":1,\"rejected\":1}").label()).isEqualTo("202-partial");
        assertThat(ledger.accepted()).isEmpty();
        assertThat(ledger.partial()).isEqualTo(1);
    }
}
