package dev.priceflow.gateway.events.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.Money;
import dev.priceflow.contracts.events.AddedToCart;
import dev.priceflow.contracts.events.CompetitorPriceObserved;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.contracts.events.SearchPerformed;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventRulesTest {

    private static final UUID ID = UUID.fromString("0b6f7a8e-1d2c-4e5f-9a0b-1c2d3e4f5a6b");
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final Sender ALICE = new Sender("alice", false);
    private static final Sender MIA = new Sender("mia", true);

    @Test
    void aShopperMayReportTheirOwnBehaviourOnly() {
        var own = new AddedToCart(ID, AT, 1, "alice", "85123A", 1, Money.of("2.55", "GBP"));
        var other = new SearchPerformed(ID, AT, 1, "bob", "mug", 3);
        var otherPurchase = new PurchaseCompleted(ID, AT, 1, "bob", "o-1", List.of());

        assertThat(EventRules.violations(own, ALICE)).isEmpty();
        assertThat(EventRules.violations(other, ALICE)).containsExactly(EventRules.NOT_YOUR_USER_ID);
        assertThat(EventRules.violations(otherPurchase, MIA)).containsExactly(EventRules.NOT_YOUR_USER_ID);
    }

    @Test
    void aMissingUserIdIsLeftToTheValidatorNotReportedTwice() {
        assertThat(EventRules.violations(new SearchPerformed(ID, AT, 1, null, "mug", 3), ALICE)).isEmpty();
    }

    @Test
    void competitorPricesNeedMarketingOrAdmin() {
        var observed = new CompetitorPriceObserved(ID, AT, 1, "85123A", "shop-b", Money.of("2.49", "GBP"));

        assertThat(EventRules.violations(observed, ALICE)).containsExactly(EventRules.MARKET_DATA_ROLE);
        assertThat(EventRules.violations(observed, MIA)).isEmpty();
    }
}
