package dev.priceflow.pricing.promotion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.pricing.domain.OfferRule;
import dev.priceflow.pricing.domain.Promotion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferRulesTest {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    static final String ALICE = "6f1c2a8e-0000-4000-8000-00000000a11c";

    static PromotionInput input(String kind, OfferInput.BuyXGetY b, OfferInput.Tiered t, OfferInput.Bundle bundle,
                                List<String> segments, List<String> users) {
        return new PromotionInput("Offer", kind, null, bundle == null ? "SKU-1" : null, null, "2026-06-02T00:00:00Z",
                "2026-06-09T00:00:00Z", "scheduled", null, b, t, bundle, segments, users);
    }

    static List<String> fields(PromotionInput in) {
        return PromotionRules.check(in, NOW).errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aValidBuyXGetYBecomesASpecWithItsRuleAndHeadlineValue() {
        PromotionRules.Checked checked = PromotionRules.check(input("buy_x_get_y",
                new OfferInput.BuyXGetY("3", "1", null), null, null, null, null), NOW);

        assertThat(checked.errors()).isEmpty();
        assertThat(checked.spec().rule()).isEqualTo(new OfferRule.BuyXGetY(3, 1, new BigDecimal("100")));
        assertThat(checked.spec().value()).isEqualByComparingTo("100");
        assertThat(checked.spec().rule().describe()).isEqualTo("buy 3 get 1 free");
    }

    @Test
    void buyAndGetMustBeAtLeastOneAndThePercentWithin0To100() {
        assertThat(fields(input("BUY_X_GET_Y", new OfferInput.BuyXGetY("0", "x", "101"), null, null, null, null)))
                .containsExactlyInAnyOrder("buyXGetY.buy", "buyXGetY.get", "buyXGetY.percentOff");
        assertThat(fields(input("BUY_X_GET_Y", null, null, null, null, null))).containsExactly("buyXGetY");
    }

    @Test
    void tiersMustStrictlyIncreaseAndEachHaveOneDiscountWithin0To100Percent() {
        OfferInput.Tiered bad = new OfferInput.Tiered("spend", List.of(new OfferInput.Tier("50", "10", null),
                new OfferInput.Tier("50", "150", null), new OfferInput.Tier("100", "5", "3.00"),
                new OfferInput.Tier("120", null, "200.00")));

        assertThat(fields(input("TIERED", null, bad, null, null, null))).containsExactlyInAnyOrder(
                "tiered.tiers[1].threshold", "tiered.tiers[1].percentOff", "tiered.tiers[2]",
                "tiered.tiers[3].amountOff");
        assertThat(fields(input("TIERED", null, new OfferInput.Tiered("weight", List.of(
                new OfferInput.Tier("1", "5", null))), null, null, null))).containsExactly("tiered.basis");
        assertThat(fields(input("TIERED", null, new OfferInput.Tiered("quantity", List.of(
                new OfferInput.Tier("2.5", "5", null))), null, null, null)))
                .containsExactly("tiered.tiers[0].threshold");
    }

    @Test
    void aBundleNeedsTwoDistinctWellFormedSkusAndOnePriceOrPercent() {
        OfferInput.Bundle one = new OfferInput.Bundle(List.of(new OfferInput.Item("SKU-1", "1")), "5.00", null);
        OfferInput.Bundle twice = new OfferInput.Bundle(List.of(new OfferInput.Item("SKU-1", "1"),
                new OfferInput.Item("SKU-1", "2")), "5.00", null);
        OfferInput.Bundle both = new OfferInput.Bundle(List.of(new OfferInput.Item("SKU-1", "1"),
                new OfferInput.Item("bad sku!", "1")), "5.00", "10");
        OfferInput.Bundle good = new OfferInput.Bundle(List.of(new OfferInput.Item("SKU-1", "1"),
                new OfferInput.Item("SKU-2", "2")), "25.00", null);

        assertThat(fields(input("BUNDLE", null, null, one, null, null))).containsExactly("bundle.items");
        assertThat(fields(input("BUNDLE", null, null, twice, null, null))).containsExactly("bundle.items[1].sku");
        assertThat(fields(input("BUNDLE", null, null, both, null, null)))
                .containsExactlyInAnyOrder("bundle.items[1].sku", "bundle");
        PromotionRules.Checked checked = PromotionRules.check(input("BUNDLE", null, null, good, null, null), NOW);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.spec().target()).isEqualTo(new Promotion.ForSku(new dev.priceflow.contracts.Sku("SKU-1")));
    }

    @Test
    void audiencesNeedUuidUserIdsNonNegativeSegmentsAndBoundedLists() {
        assertThat(fields(input("BUY_X_GET_Y", new OfferInput.BuyXGetY("1", "1", null), null, null,
                List.of("3", "-1", "x"), List.of(ALICE, "bob")))).containsExactlyInAnyOrder(
                "target.segments[1]", "target.segments[2]", "target.userIds[1]");
        assertThat(fields(input("BUY_X_GET_Y", new OfferInput.BuyXGetY("1", "1", null), null, null, null,
                Collections.nCopies(10_001, ALICE)))).containsExactly("target.userIds");
        PromotionRules.Checked ok = PromotionRules.check(new PromotionInput("Alice only", "PERCENT_OFF", "5", "SKU-1",
                null, "2026-06-02T00:00:00Z", "2026-06-09T00:00:00Z", "scheduled", null, null, null, null,
                List.of("2"), List.of(ALICE.toUpperCase())), NOW);
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.spec().audience().admits(ALICE, null)).isTrue();
        assertThat(ok.spec().audience().admits("someone-else", 2)).isTrue();
        assertThat(ok.spec().audience().admits("someone-else", 3)).isFalse();
        assertThat(ok.spec().audience().admits("someone-else", null)).isFalse();
    }

    @Test
    void theApprovalThresholdUsesTheEffectivePercentOfEachMultiUnitKind() {
        ApprovalRule rule = ApprovalRule.DEFAULT;
        ApprovalRule.ListRange prices = new ApprovalRule.ListRange(new BigDecimal("10.00"), new BigDecimal("40.00"));

        // buy 2 get 1 free: 1/3 of a group's value = 33.3 % > 30
        assertThat(rule.discountPercent(spec(new OfferRule.BuyXGetY(2, 1, new BigDecimal("100"))), prices))
                .isEqualByComparingTo(new BigDecimal("100").divide(new BigDecimal("3"), java.math.MathContext.DECIMAL64));
        assertThat(rule.needsApproval(spec(new OfferRule.BuyXGetY(2, 1, new BigDecimal("100"))), prices)).isTrue();
        // buy 3 get 1 free: 25 %
        assertThat(rule.needsApproval(spec(new OfferRule.BuyXGetY(3, 1, new BigDecimal("100"))), prices)).isFalse();
        // spend tiers: 10 % and 20.00 off 50.00 = 40 %
        assertThat(rule.discountPercent(spec(new OfferRule.Tiered(OfferRule.Basis.SPEND, List.of(
                new OfferRule.Tier(new BigDecimal("20"), BigDecimal.TEN, null),
                new OfferRule.Tier(new BigDecimal("50"), null, new BigDecimal("20.00"))))), prices))
                .isEqualByComparingTo("40");
        // bundle for 30.00 with a list value of 40.00: 25 %
        assertThat(rule.discountPercent(spec(new OfferRule.Bundle(List.of(new OfferRule.Item("SKU-1", 1),
                new OfferRule.Item("SKU-2", 1)), new BigDecimal("30.00"), null)), prices)).isEqualByComparingTo("25");
    }

    private static PromotionSpec spec(OfferRule rule) {
        return new PromotionSpec("x", rule.kind(), BigDecimal.ONE, new Promotion.ForSku(
                new dev.priceflow.contracts.Sku("SKU-1")), NOW, NOW.plusSeconds(60), PromotionStatus.SCHEDULED, null,
                rule, null);
    }
}
