package dev.priceflow.pricing.domain;

import static dev.priceflow.pricing.domain.Fixtures.shopper;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonalizationTest {

    private final Product mug = Fixtures.product("20.00", "10.00");
    private final Personalization rule = new Personalization(Fixtures.PERSONALIZATION);

    @Test
    void aRepeatBuyerGetsTheLoyaltyDiscountWithAReadableReason() {
        PersonalAdjustment adjustment = rule.decide(shopper(39, "2977.70", 10, 0), mug, "web");

        assertThat(adjustment.percent()).isEqualByComparingTo("5");
        assertThat(adjustment.reason()).isEqualTo("Loyalty: 39 orders with us, 5 % off");
    }

    @Test
    void bigSpendingAloneIsLoyaltyToo() {
        assertThat(rule.decide(shopper(3, "3000.00", 0, 0), mug, "web").percent()).isEqualByComparingTo("5");
    }

    @Test
    void spendingInAnotherCurrencyDoesNotCount() {
        ShopperFeatures euros = new ShopperFeatures(3, new BigDecimal("9000"), "EUR", 0, 0, null);

        assertThat(rule.decide(euros, mug, "web").applies()).isFalse();
    }

    @Test
    void manyViewsAndCartAddsPerPurchaseAddTheSensitivityDiscount() {
        PersonalAdjustment adjustment = rule.decide(shopper(1, "10", 30, 5), mug, "web");

        assertThat(adjustment.percent()).isEqualByComparingTo("3");
        assertThat(adjustment.reason()).startsWith("Good-deal bonus");
    }

    @Test
    void aHighPriceSensitivityEstimateAddsTheSensitivityDiscountOnTopOfLoyalty() {
        Personalization scored = new Personalization(withMinScore("0.7"));
        ShopperFeatures bargainHunter = new ShopperFeatures(34, new BigDecimal("2500"), "GBP", 10, 0, null,
                new BigDecimal("0.9055"));
        ShopperFeatures payer = new ShopperFeatures(39, new BigDecimal("2977.70"), "GBP", 10, 0, null,
                new BigDecimal("0.2683"));

        PersonalAdjustment bargain = scored.decide(bargainHunter, mug, "web");
        assertThat(bargain.percent()).isEqualByComparingTo("8");
        assertThat(bargain.reason()).isEqualTo("Loyalty: 34 orders with us, 5 % off; Good-deal bonus: you mostly "
                + "buy when the price is right, 3 % off");
        assertThat(scored.decide(payer, mug, "web").percent()).isEqualByComparingTo("5");
    }

    @Test
    void theScoreRuleIsOffWithoutAThresholdAndTheBonusIsNeverCountedTwice() {
        ShopperFeatures both = new ShopperFeatures(1, new BigDecimal("10"), "GBP", 30, 5, null, new BigDecimal("0.95"));

        assertThat(rule.decide(new ShopperFeatures(1, new BigDecimal("10"), "GBP", 0, 0, null,
                new BigDecimal("0.99")), mug, "web").applies()).isFalse();
        assertThat(new Personalization(withMinScore("0.7")).decide(both, mug, "web").percent())
                .isEqualByComparingTo("3");
    }

    private static PersonalizationPolicy withMinScore(String score) {
        PersonalizationPolicy p = Fixtures.PERSONALIZATION;
        return new PersonalizationPolicy(p.enabled(), p.maxPercent(), p.categoryMaxPercent(), p.disabledCategories(),
                p.disabledChannels(), p.loyaltyMinPurchases(), p.loyaltyMinMonetary(), p.loyaltyPercent(),
                p.sensitivityMinEvents(), p.sensitivityEventsPerPurchase(), p.sensitivityPercent(),
                new BigDecimal(score));
    }

    @Test
    void aNewShopperWithLittleHistoryGetsNothing() {
        PersonalAdjustment adjustment = rule.decide(shopper(0, "0", 5, 1), mug, "web");

        assertThat(adjustment.applies()).isFalse();
        assertThat(adjustment.reason()).contains("does not qualify");
    }

    @Test
    void bothSignalsAreCappedPerCategory() {
        PersonalizationPolicy policy = new PersonalizationPolicy(true, BigDecimal.TEN,
                Map.of("HOME", new BigDecimal("6")), Set.of(), Set.of(), 20, new BigDecimal("3000"), new BigDecimal("5"), 20, 20, new BigDecimal("3"));

        PersonalAdjustment adjustment = new Personalization(policy).decide(shopper(40, "5000", 2000, 100), mug, "web");

        assertThat(adjustment.percent()).isEqualByComparingTo("6");
        assertThat(adjustment.reason()).contains("Loyalty: 40 orders").contains("Good-deal bonus")
                .endsWith("capped at 6 % for HOME");
    }

    @Test
    void theDefaultCapIsTenPercent() {
        PersonalizationPolicy generous = new PersonalizationPolicy(true, BigDecimal.TEN, Map.of(), Set.of(), Set.of(),
                20, new BigDecimal("3000"), new BigDecimal("8"), 20, 20, new BigDecimal("8"));

        assertThat(new Personalization(generous).decide(shopper(40, "5000", 2000, 100), mug, "web").percent())
                .isEqualByComparingTo("10");
    }

    @Test
    void switchedOffCategoryChannelOrEverywhereGivesNone() {
        ShopperFeatures loyal = shopper(39, "2977.70", 10, 0);
        PersonalizationPolicy offForHome = new PersonalizationPolicy(true, BigDecimal.TEN, Map.of(), Set.of("HOME"),
                Set.of(), 20, new BigDecimal("3000"), new BigDecimal("5"), 20, 20, new BigDecimal("3"));
        PersonalizationPolicy zeroCap = new PersonalizationPolicy(true, BigDecimal.TEN, Map.of("HOME", BigDecimal.ZERO),
                Set.of(), Set.of(), 20, new BigDecimal("3000"), new BigDecimal("5"), 20, 20, new BigDecimal("3"));

        assertThat(new Personalization(offForHome).decide(loyal, mug, "web").reason()).contains("off for HOME");
        assertThat(new Personalization(zeroCap).decide(loyal, mug, "web").applies()).isFalse();
        assertThat(rule.decide(loyal, mug, "marketplace").reason()).contains("marketplace channel");
        assertThat(new Personalization(PersonalizationPolicy.off()).decide(loyal, mug, "web").applies()).isFalse();
    }

    @Test
    void sameInputsGiveTheSameAdjustment() {
        assertThat(rule.decide(shopper(39, "2977.70", 10, 0), mug, "web"))
                .isEqualTo(rule.decide(shopper(39, "2977.70", 10, 0), mug, "web"));
    }
}
