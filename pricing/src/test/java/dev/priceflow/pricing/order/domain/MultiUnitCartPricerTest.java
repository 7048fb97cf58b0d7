package dev.priceflow.pricing.order.domain;

import static dev.priceflow.pricing.order.domain.CartPricerTest.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.Fixtures;
import dev.priceflow.pricing.domain.OfferRule;
import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.order.domain.PricedCart.CartStep;
import dev.priceflow.pricing.order.domain.PricedCart.PricedLine;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultiUnitCartPricerTest {

    private final CartPricer pricer = new CartPricer();

    static CartPromotion offer(int id, OfferRule rule, Promotion.Target target) {
        return new CartPromotion(Fixtures.uuid(id), "offer-" + id, rule.kind(), BigDecimal.ONE, target, null, id, rule);
    }

    static OfferRule.Tier percentTier(String threshold, String percent) {
        return new OfferRule.Tier(new BigDecimal(threshold), new BigDecimal(percent), null);
    }

    static OfferRule.Tier amountTier(String threshold, String amount) {
        return new OfferRule.Tier(new BigDecimal(threshold), null, new BigDecimal(amount));
    }

    private static final Promotion.Target SKU_1 = new Promotion.ForSku(new Sku("SKU-1"));

    @Test
    void buyTwoGetOneFreeRepeatsForEveryThreeUnits() {
        CartPromotion threeForTwo = offer(1, new OfferRule.BuyXGetY(2, 1, new BigDecimal("100")), SKU_1);

        PricedCart cart = pricer.price(Fixtures.GBP, List.of(line(0, "SKU-1", "HOME", "4.00", 7, "1.00")),
                List.of(threeForTwo));

        // 7 units = 2 complete groups of 3: 2 free units x 4.00
        assertThat(cart.total()).isEqualTo(new BigDecimal("20.00"));
        assertThat(cart.discounts()).singleElement()
                .satisfies(g -> assertThat(g.amount()).isEqualTo(new BigDecimal("8.00")));
        assertThat(cart.lines().getFirst().discounts().getFirst().detail()).contains("buy 2 get 1 free");
    }

    @Test
    void buyOneGetOneHalfPriceGivesNothingBelowAFullGroup() {
        CartPromotion bogoHalf = offer(1, new OfferRule.BuyXGetY(1, 1, new BigDecimal("50")), SKU_1);

        PricedCart one = pricer.price(Fixtures.GBP, List.of(line(0, "SKU-1", "HOME", "9.99", 1, "1.00")),
                List.of(bogoHalf));
        PricedCart three = pricer.price(Fixtures.GBP, List.of(line(0, "SKU-1", "HOME", "9.99", 3, "1.00")),
                List.of(bogoHalf));

        assertThat(one.discountTotal()).isEqualTo(new BigDecimal("0.00"));
        // one group of 2: one unit at 50 % = 4.995 -> 5.00 (HALF_EVEN)
        assertThat(three.discountTotal()).isEqualTo(new BigDecimal("5.00"));
        assertThat(three.total()).isEqualTo(new BigDecimal("24.97"));
    }

    @Test
    void spendTiersApplyTheHighestReachedTierToTheTargetedLinesOnly() {
        CartPromotion tiers = offer(1, new OfferRule.Tiered(OfferRule.Basis.SPEND,
                List.of(percentTier("50", "10"), percentTier("100", "20"))), new Promotion.ForCategory("HOME"));
        List<CartLine> lines = List.of(line(0, "SKU-1", "HOME", "30.00", 2, "1.00"),
                line(1, "SKU-2", "HOME", "45.00", 1, "1.00"), line(2, "SKU-3", "TOYS", "80.00", 1, "1.00"));

        PricedCart cart = pricer.price(Fixtures.GBP, lines, List.of(tiers));

        // HOME spend 105.00 reaches the 100 tier: 20 % of 60.00 and of 45.00; TOYS untouched
        assertThat(cart.lines()).extracting(PricedLine::total).containsExactly(new BigDecimal("48.00"),
                new BigDecimal("36.00"), new BigDecimal("80.00"));
    }

    @Test
    void anAmountOffASpendTierIsSharedOverTheTargetedLinesAndAddsUpExactly() {
        CartPromotion tiers = offer(1, new OfferRule.Tiered(OfferRule.Basis.SPEND,
                List.of(amountTier("20", "5.00"))), new Promotion.ForCategory("HOME"));
        List<CartLine> lines = List.of(line(0, "SKU-1", "HOME", "10.00", 1, "1.00"),
                line(1, "SKU-2", "HOME", "20.00", 1, "1.00"));

        PricedCart cart = pricer.price(Fixtures.GBP, lines, List.of(tiers));

        // 5.00 x 10/30 = 1.666.. -> 1.67 and 5.00 x 20/30 = 3.333.. -> 3.33: each share rounded once
        assertThat(cart.lines()).extracting(PricedLine::total).containsExactly(new BigDecimal("8.33"),
                new BigDecimal("16.67"));
        assertThat(cart.discountTotal()).isEqualTo(new BigDecimal("5.00"));
    }

    @Test
    void quantityTiersLookAtEachLinesQuantity() {
        CartPromotion tiers = offer(1, new OfferRule.Tiered(OfferRule.Basis.QUANTITY,
                List.of(percentTier("3", "5"), percentTier("6", "15"))), new Promotion.ForCategory("HOME"));
        List<CartLine> lines = List.of(line(0, "SKU-1", "HOME", "10.00", 2, "1.00"),
                line(1, "SKU-2", "HOME", "10.00", 4, "1.00"), line(2, "SKU-3", "HOME", "10.00", 6, "1.00"));

        PricedCart cart = pricer.price(Fixtures.GBP, lines, List.of(tiers));

        assertThat(cart.lines()).extracting(PricedLine::total).containsExactly(new BigDecimal("20.00"),
                new BigDecimal("38.00"), new BigDecimal("51.00"));
    }

    @Test
    void aBundlePriceRepeatsForEachCompleteBundleAndIsSharedByValue() {
        OfferRule.Bundle rule = new OfferRule.Bundle(List.of(new OfferRule.Item("SKU-1", 1),
                new OfferRule.Item("SKU-2", 2)), new BigDecimal("20.00"), null);
        List<CartLine> lines = List.of(line(0, "SKU-1", "HOME", "10.00", 3, "1.00"),
                line(1, "SKU-2", "TOYS", "7.50", 4, "1.00"));

        PricedCart cart = pricer.price(Fixtures.GBP, lines, List.of(offer(1, rule, SKU_1)));

        // 2 complete bundles (4 x SKU-2 / 2); each worth 10.00 + 15.00 = 25.00, sold for 20.00: 10.00 off in all,
        // shared 20.00 : 30.00 of bundle value -> 4.00 and 6.00; the third SKU-1 is at full price
        assertThat(cart.lines()).extracting(PricedLine::total).containsExactly(new BigDecimal("26.00"),
                new BigDecimal("24.00"));
        assertThat(cart.discountTotal()).isEqualTo(new BigDecimal("10.00"));
    }

    @Test
    void aBundleWithAMissingItemGivesNothingAndAPercentBundleDiscountsOnlyBundledUnits() {
        OfferRule.Bundle percent = new OfferRule.Bundle(List.of(new OfferRule.Item("SKU-1", 1),
                new OfferRule.Item("SKU-2", 1)), null, new BigDecimal("10"));

        PricedCart incomplete = pricer.price(Fixtures.GBP, List.of(line(0, "SKU-1", "HOME", "10.00", 2, "1.00")),
                List.of(offer(1, percent, SKU_1)));
        PricedCart complete = pricer.price(Fixtures.GBP, List.of(line(0, "SKU-1", "HOME", "10.00", 2, "1.00"),
                line(1, "SKU-2", "HOME", "5.00", 1, "1.00")), List.of(offer(1, percent, SKU_1)));

        assertThat(incomplete.discountTotal()).isEqualTo(new BigDecimal("0.00"));
        // one bundle: 10 % of 10.00 and of 5.00
        assertThat(complete.lines()).extracting(PricedLine::total).containsExactly(new BigDecimal("19.00"),
                new BigDecimal("4.50"));
    }

    @Test
    void theFloorLimitsAMultiUnitDiscountAndTheExplanationSaysSoAndAddsUp() {
        CartPromotion free = offer(1, new OfferRule.BuyXGetY(1, 1, new BigDecimal("100")), SKU_1);

        PricedCart cart = pricer.price(Fixtures.GBP, List.of(line(0, "SKU-1", "HOME", "10.00", 2, "8.00")),
                List.of(free));

        // one unit free would give 10.00; the floor is 2 x 8.00 = 16.00: only 4.00 off
        PricedLine line = cart.lines().getFirst();
        assertThat(line.total()).isEqualTo(new BigDecimal("16.00"));
        assertThat(line.discounts().getFirst().detail()).contains("limited by floor");
        assertThat(line.explanation()).extracting(CartStep::step).containsExactly("SUBTOTAL", "PROMOTION");
        assertThat(line.explanation().getLast().totalAfter()).isEqualTo(line.total());
        assertThat(line.explanation().getFirst().amount()
                .subtract(line.explanation().get(1).amount())).isEqualTo(line.total());
    }

    @Test
    void aLineAlreadyAtItsFloorShowsTheOfferWithNothingTakenOff() {
        CartPromotion free = offer(1, new OfferRule.BuyXGetY(1, 1, new BigDecimal("100")), SKU_1);

        PricedCart cart = pricer.price(Fixtures.GBP, List.of(line(0, "SKU-1", "HOME", "10.00", 2, "10.00")),
                List.of(free));

        assertThat(cart.discounts()).isEmpty();
        assertThat(cart.lines().getFirst().explanation().getLast().detail()).contains("limited by floor");
        assertThat(cart.lines().getFirst().explanation().getLast().amount()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void multiUnitOffersStackOnTheRunningPriceAfterAPercentOff() {
        CartPromotion tenPercent = new CartPromotion(Fixtures.uuid(1), "ten", Promotion.Kind.PERCENT_OFF,
                BigDecimal.TEN, SKU_1, null, 1);
        CartPromotion threeForTwo = offer(2, new OfferRule.BuyXGetY(2, 1, new BigDecimal("100")), SKU_1);

        PricedCart cart = pricer.price(Fixtures.GBP, List.of(line(0, "SKU-1", "HOME", "10.00", 3, "1.00")),
                List.of(threeForTwo, tenPercent));

        // priority 1 first: 30.00 - 3.00 = 27.00; then one of three units free at the running 9.00 each
        assertThat(cart.total()).isEqualTo(new BigDecimal("18.00"));
        assertThat(cart.lines().getFirst().explanation()).extracting(CartStep::totalAfter)
                .containsExactly(new BigDecimal("30.00"), new BigDecimal("27.00"), new BigDecimal("18.00"));
    }
}
