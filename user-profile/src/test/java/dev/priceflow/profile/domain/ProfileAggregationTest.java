package dev.priceflow.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.priceflow.contracts.Money;
import dev.priceflow.contracts.events.AddedToCart;
import dev.priceflow.contracts.events.CompetitorPriceObserved;
import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.contracts.events.PurchaseCompleted.Line;
import dev.priceflow.contracts.events.SearchPerformed;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProfileAggregationTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:15:30Z");
    private static final String USER = "6f1c2a8e-0000-4000-8000-00000000a11c";
    private final ProfileAggregation aggregation = new ProfileAggregation("GBP");

    @Test
    void aViewCountsOneViewAndNoMoney() {
        ProfileDelta delta = countsOf(new ProductViewed(UUID.randomUUID(), AT, 1, USER, "85123A", "web"));

        assertThat(delta).isEqualTo(new ProfileDelta(USER, 1, 0, 0, 0, 0, new BigDecimal("0.00"), "GBP", AT));
    }

    @Test
    void aCartAddCountsOnceWhateverTheQuantity() {
        ProfileDelta delta = countsOf(new AddedToCart(UUID.randomUUID(), AT, 1, USER, "85123A", 7,
                Money.of("2.55", "GBP")));

        assertThat(delta.cartAdds()).isEqualTo(1);
        assertThat(delta.unitsBought()).isZero();
        assertThat(delta.monetary()).isEqualByComparingTo("0");
    }

    @Test
    void aSearchCountsOneSearch() {
        ProfileDelta delta = countsOf(new SearchPerformed(UUID.randomUUID(), AT, 1, USER, "lantern", 3));

        assertThat(delta.searches()).isEqualTo(1);
        assertThat(delta.views() + delta.cartAdds() + delta.purchases()).isZero();
    }

    @Test
    void aPurchaseAddsOnePurchaseItsUnitsAndItsValue() {
        ProfileDelta delta = countsOf(purchase(new Line("85123A", 6, Money.of("2.55", "GBP")),
                new Line("71053", 2, Money.of("3.39", "GBP"))));

        assertThat(delta.purchases()).isEqualTo(1);
        assertThat(delta.unitsBought()).isEqualTo(8);
        assertThat(delta.monetary()).isEqualTo(new BigDecimal("22.08")); // 6*2.55 + 2*3.39
        assertThat(delta.occurredAt()).isEqualTo(AT);
    }

    @Test
    void purchaseValueIsSummedExactlyThenRoundedOnceHalfEven() {
        // 3 * 0.005 = 0.015 -> 0.02 (HALF_EVEN keeps the even 2); per-line rounding would give 3 * 0.00 = 0.00.
        ProfileDelta delta = countsOf(purchase(new Line("A1", 3, Money.of("0.005", "GBP"))));
        // 0.125 -> 0.12 under HALF_EVEN (HALF_UP would give 0.13).
        ProfileDelta even = countsOf(purchase(new Line("A1", 1, Money.of("0.125", "GBP"))));

        assertThat(delta.monetary()).isEqualTo(new BigDecimal("0.02"));
        assertThat(even.monetary()).isEqualTo(new BigDecimal("0.12"));
    }

    @Test
    void aPurchaseInAnotherCurrencyIsRefusedNotConvertedOrDropped() {
        Contribution contribution = aggregation.contributionOf(purchase(
                new Line("A1", 1, Money.of("1.00", "GBP")), new Line("A2", 1, Money.of("1.00", "USD"))));

        assertThat(contribution).isInstanceOfSatisfying(Contribution.Refused.class,
                refused -> assertThat(refused.reason()).contains("USD").contains("GBP"));
    }

    @Test
    void competitorPricesLeaveProfilesAlone() {
        Contribution contribution = aggregation.contributionOf(new CompetitorPriceObserved(UUID.randomUUID(), AT, 1,
                "85123A", "shop-b", Money.of("2.49", "GBP")));

        assertThat(contribution).isInstanceOf(Contribution.NotAboutShoppers.class);
    }

    @Test
    void theEmptyProfileHasZeroCountsAndZeroMoneyInTheMinorUnit() {
        ProfileTotals empty = ProfileTotals.empty(USER, "GBP");

        assertThat(empty.views() + empty.cartAdds() + empty.purchases() + empty.searches() + empty.unitsBought())
                .isZero();
        assertThat(empty.monetary().toPlainString()).isEqualTo("0.00");
        assertThat(empty.lastEventAt()).isNull();
    }

    @Test
    void anUnknownCurrencyIsRejectedAtConstruction() {
        assertThatThrownBy(() -> new ProfileAggregation("ZZZ")).isInstanceOf(IllegalArgumentException.class);
    }

    private ProfileDelta countsOf(dev.priceflow.contracts.events.CommerceEvent event) {
        Contribution contribution = aggregation.contributionOf(event);
        assertThat(contribution).isInstanceOf(Contribution.Counts.class);
        return ((Contribution.Counts) contribution).delta();
    }

    private static PurchaseCompleted purchase(Line... lines) {
        return new PurchaseCompleted(UUID.randomUUID(), AT, 1, USER, "order-1", List.of(lines));
    }
}
