package dev.priceflow.pricing.domain;

import static dev.priceflow.pricing.domain.Fixtures.NOW;
import static dev.priceflow.pricing.domain.Fixtures.POLICY;
import static dev.priceflow.pricing.domain.Fixtures.amountOff;
import static dev.priceflow.pricing.domain.Fixtures.fixedPrice;
import static dev.priceflow.pricing.domain.Fixtures.percentOff;
import static dev.priceflow.pricing.domain.Fixtures.product;
import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.PriceStep.Rule;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceCalculatorTest {

    private final PriceCalculator calculator = new PriceCalculator(POLICY);

    @Test
    void listPriceOnlyWhenNoPromotionApplies() {
        PriceBreakdown result = calculator.price(product("20.00", "10.00"), List.of(), NOW);

        assertThat(result.price()).isEqualTo(new BigDecimal("20.00"));
        assertThat(result.appliedPromotion()).isEmpty();
        assertThat(rules(result)).containsExactly(Rule.LIST_PRICE, Rule.NO_PROMOTION, Rule.ROUNDING);
    }

    @Test
    void percentPromotion() {
        PriceBreakdown result = calculator.price(product("20.00", "10.00"), List.of(percentOff("10", 1)), NOW);

        assertThat(result.price()).isEqualTo(new BigDecimal("18.00"));
        assertThat(result.appliedPromotion()).get()
                .satisfies(a -> assertThat(a.amountOff()).isEqualTo(new BigDecimal("2.00")));
        assertThat(rules(result)).containsExactly(Rule.LIST_PRICE, Rule.BEST_PROMOTION, Rule.ROUNDING);
        assertThat(result.steps().get(1).detail()).contains("'promo-1': 10% off");
    }

    @Test
    void amountPromotion() {
        PriceBreakdown result = calculator.price(product("20.00", "10.00"), List.of(amountOff("3", 2)), NOW);

        assertThat(result.price()).isEqualTo(new BigDecimal("17.00"));
        assertThat(result.steps().get(1).detail()).contains("3.00 GBP off");
    }

    @Test
    void fixedPricePromotionSetsThePriceAndSaysSo() {
        PriceBreakdown result = calculator.price(product("20.00", "10.00"), List.of(fixedPrice("14.99", 3)), NOW);

        assertThat(result.price()).isEqualTo(new BigDecimal("14.99"));
        assertThat(result.appliedPromotion().orElseThrow().amountOff()).isEqualTo(new BigDecimal("5.01"));
        assertThat(result.steps().get(1).detail()).contains("fixed price 14.99 GBP",
                "a fixed price is a candidate like any other", "do not stack");
    }

    @Test
    void fixedPriceIsOneCandidateAmongOthersBestForTheCustomerWins() {
        PriceBreakdown cheaperPercent = calculator.price(product("20.00", "0"),
                List.of(fixedPrice("15.00", 1), percentOff("30", 2)), NOW);
        PriceBreakdown cheaperFixed = calculator.price(product("20.00", "0"),
                List.of(fixedPrice("12.00", 1), percentOff("30", 2)), NOW);

        assertThat(cheaperPercent.price()).isEqualTo(new BigDecimal("14.00"));
        assertThat(rules(cheaperPercent)).contains(Rule.PROMOTION_NOT_APPLIED);
        assertThat(cheaperFixed.price()).isEqualTo(new BigDecimal("12.00"));
        assertThat(cheaperFixed.appliedPromotion().orElseThrow().promotion().name()).isEqualTo("promo-1");
    }

    @Test
    void fixedPriceIsClampedAtTheMarginFloor() {
        PriceBreakdown result = calculator.price(product("20.00", "10.00"), List.of(fixedPrice("5.00", 1)), NOW);

        assertThat(result.price()).isEqualTo(new BigDecimal("10.50"));
        assertThat(rules(result)).containsExactly(Rule.LIST_PRICE, Rule.BEST_PROMOTION, Rule.MARGIN_FLOOR,
                Rule.ROUNDING);
    }

    @Test
    void fixedPriceAboveTheListPriceNeverRaisesThePrice() {
        PriceBreakdown result = calculator.price(product("20.00", "0"), List.of(fixedPrice("25.00", 1)), NOW);

        assertThat(result.price()).isEqualTo(new BigDecimal("20.00"));
        assertThat(result.appliedPromotion()).isEmpty();
        assertThat(result.steps().get(1).detail()).contains("not below the list price");
    }

    @Test
    void bestSinglePromotionWinsAndPromotionsDoNotStack() {
        PriceBreakdown result = calculator.price(product("20.00", "10.00"),
                List.of(percentOff("10", 1), amountOff("3.00", 2)), NOW);

        // stacking would give 15.00 or 15.30; the best single promotion gives 17.00
        assertThat(result.price()).isEqualTo(new BigDecimal("17.00"));
        assertThat(result.appliedPromotion()).get().satisfies(a -> {
            assertThat(a.promotion().name()).isEqualTo("promo-2");
            assertThat(a.amountOff()).isEqualTo(new BigDecimal("3.00"));
        });
        assertThat(rules(result)).containsExactly(Rule.LIST_PRICE, Rule.BEST_PROMOTION, Rule.PROMOTION_NOT_APPLIED,
                Rule.ROUNDING);
        PriceStep skipped = result.steps().get(2);
        assertThat(skipped.detail()).contains("promo-1", "would give 18.00", "do not stack");
        assertThat(skipped.priceAfter()).isEqualTo(new BigDecimal("17.00"));
    }

    @Test
    void equallyGoodPromotionsAreBrokenByIdSoTheAnswerIsStable() {
        PriceBreakdown one = calculator.price(product("20.00", "0"), List.of(amountOff("2", 9), percentOff("10", 4)), NOW);
        PriceBreakdown other = calculator.price(product("20.00", "0"), List.of(percentOff("10", 4), amountOff("2", 9)), NOW);

        assertThat(one.appliedPromotion().orElseThrow().promotion().name()).isEqualTo("promo-4");
        assertThat(other.steps()).isEqualTo(one.steps());
    }

    @Test
    void floorClampExplainsItself() {
        PriceBreakdown result = calculator.price(product("20.00", "10.00"), List.of(percentOff("60", 1)), NOW);

        assertThat(result.price()).isEqualTo(new BigDecimal("10.50"));
        assertThat(rules(result)).containsExactly(Rule.LIST_PRICE, Rule.BEST_PROMOTION, Rule.MARGIN_FLOOR,
                Rule.ROUNDING);
        PriceStep clamp = result.steps().get(2);
        assertThat(clamp.detail()).contains("margin floor 10.50", "unit cost 10.00", "minimum margin 0.05");
        assertThat(clamp.priceAfter()).isEqualTo(new BigDecimal("10.50"));
        assertThat(result.appliedPromotion().orElseThrow().amountOff()).isEqualTo(new BigDecimal("9.50"));
    }

    @Test
    void marginFloorIsRaisedToAWholePennySoRoundingCannotBreachIt() {
        // 9.99 * 1.05 = 10.4895: a HALF_EVEN price of 10.49 would sell below the floor
        PriceBreakdown result = calculator.price(product("20.00", "9.99"), List.of(percentOff("90", 1)), NOW);

        assertThat(result.price()).isEqualTo(new BigDecimal("10.49"));
        assertThat(result.price()).isGreaterThanOrEqualTo(new BigDecimal("10.4895"));
    }

    @Test
    void neverBelowTheMinimumPrice() {
        PriceBreakdown result = calculator.price(product("5.00", "0"), List.of(amountOff("50", 1)), NOW);

        assertThat(result.price()).isEqualTo(new BigDecimal("0.01"));
        assertThat(rules(result)).contains(Rule.MINIMUM_PRICE);
    }

    @Test
    void aMarginFloorAboveTheListPriceStillHolds() {
        // platform rule: a price is never below the margin floor, even when the list price is
        PriceBreakdown result = calculator.price(product("10.00", "10.00"), List.of(percentOff("10", 1)), NOW);

        assertThat(result.price()).isEqualTo(new BigDecimal("10.50"));
        assertThat(result.appliedPromotion()).isEmpty();
        assertThat(rules(result)).containsExactly(Rule.LIST_PRICE, Rule.BEST_PROMOTION, Rule.MARGIN_FLOOR,
                Rule.ROUNDING);
    }

    @Test
    void aPromotionNeverTakesThePriceBelowTheConfiguredFloorPrice() {
        Product limited = product("20.00", "5.00").withLimits(new PriceLimits(new BigDecimal("16.00"), null, null));

        PriceBreakdown result = calculator.price(limited, List.of(percentOff("50", 1)), NOW);

        assertThat(result.price()).isEqualTo(new BigDecimal("16.00"));
        assertThat(rules(result)).containsExactly(Rule.LIST_PRICE, Rule.BEST_PROMOTION, Rule.PRICE_FLOOR,
                Rule.ROUNDING);
        assertThat(result.steps().get(2).detail()).contains("floor price 16.00", "SKU-1");
        assertThat(result.appliedPromotion().orElseThrow().amountOff()).isEqualTo(new BigDecimal("4.00"));
    }

    @Test
    void theSkusOwnMinimumMarginSetsTheMarginFloor() {
        Product limited = product("20.00", "10.00").withLimits(new PriceLimits(null, null, new BigDecimal("40")));

        PriceBreakdown result = calculator.price(limited, List.of(percentOff("50", 1)), NOW);

        assertThat(result.price()).isEqualTo(new BigDecimal("14.00"));
        assertThat(rules(result)).contains(Rule.MARGIN_FLOOR);
    }

    @Test
    void aListPriceAboveTheCeilingIsLoweredToIt() {
        Product limited = product("20.00", "1.00").withLimits(new PriceLimits(null, new BigDecimal("18.00"), null));

        PriceBreakdown result = calculator.price(limited, List.of(), NOW);

        assertThat(result.price()).isEqualTo(new BigDecimal("18.00"));
        assertThat(rules(result)).containsExactly(Rule.LIST_PRICE, Rule.NO_PROMOTION, Rule.PRICE_CEILING,
                Rule.ROUNDING);
    }

    @Test
    void whenTheMarginFloorIsAboveTheCeilingTheFloorWins() {
        Product limited = product("20.00", "19.00").withLimits(new PriceLimits(null, new BigDecimal("19.50"), null));

        PriceBreakdown result = calculator.price(limited, List.of(percentOff("50", 1)), NOW);

        assertThat(result.price()).isEqualTo(new BigDecimal("19.95"));
        assertThat(rules(result)).contains(Rule.MARGIN_FLOOR);
    }

    @Test
    void roundsOnceHalfEvenToTheMinorUnit() {
        // 20.25 / 2 = 10.125 -> 10.12 (HALF_UP would give 10.13); 20.27 / 2 = 10.135 -> 10.14
        PriceBreakdown down = calculator.price(product("20.25", "0"), List.of(percentOff("50", 1)), NOW);
        PriceBreakdown up = calculator.price(product("20.27", "0"), List.of(percentOff("50", 1)), NOW);

        assertThat(down.price()).isEqualTo(new BigDecimal("10.12"));
        assertThat(up.price()).isEqualTo(new BigDecimal("10.14"));
        assertThat(down.steps().get(1).priceAfter()).isEqualTo(new BigDecimal("10.125"));
        assertThat(down.steps().getLast().detail()).contains("HALF_EVEN", "2 decimal places");
    }

    @Test
    void ignoresPromotionsThatAreInactiveOutsideTheirWindowOrForOtherProducts() {
        Promotion inactive = new Promotion(Fixtures.uuid(1), "off", Promotion.Kind.PERCENT_OFF, BigDecimal.TEN,
                new Promotion.ForSku(new Sku("SKU-1")), NOW.minusSeconds(60), NOW.plusSeconds(60), false);
        Promotion ended = new Promotion(Fixtures.uuid(2), "ended", Promotion.Kind.PERCENT_OFF, BigDecimal.TEN,
                new Promotion.ForCategory("HOME"), NOW.minusSeconds(60), NOW, true);
        Promotion otherSku = new Promotion(Fixtures.uuid(3), "other", Promotion.Kind.PERCENT_OFF, BigDecimal.TEN,
                new Promotion.ForSku(new Sku("SKU-2")), NOW.minusSeconds(60), NOW.plusSeconds(60), true);
        Promotion startsNow = new Promotion(Fixtures.uuid(4), "starts", Promotion.Kind.AMOUNT_OFF, BigDecimal.ONE,
                new Promotion.ForCategory("HOME"), NOW, NOW.plusSeconds(60), true);

        PriceBreakdown result = calculator.price(product("20.00", "0"), List.of(inactive, ended, otherSku, startsNow),
                NOW);

        assertThat(result.price()).isEqualTo(new BigDecimal("19.00"));
        assertThat(result.appliedPromotion().orElseThrow().promotion().name()).isEqualTo("starts");
        assertThat(rules(result)).doesNotContain(Rule.PROMOTION_NOT_APPLIED);
    }

    private static List<Rule> rules(PriceBreakdown result) {
        return result.steps().stream().map(PriceStep::rule).toList();
    }
}
