package dev.priceflow.pricing.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.Fixtures;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.domain.QuoteClaims;
import dev.priceflow.pricing.order.domain.PricedCart.PricedLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CartPricerTest {

    private final CartPricer pricer = new CartPricer();

    static CartLine line(int index, String sku, String category, String unitPrice, int quantity, String unitFloor) {
        Product product = new Product(new Sku(sku), "p", category, Fixtures.GBP, new BigDecimal(unitPrice),
                BigDecimal.ONE, 10);
        QuoteClaims quote = new QuoteClaims(Fixtures.uuid(100 + index), "alice", new Sku(sku), "web", Fixtures.GBP,
                new BigDecimal(unitPrice), new BigDecimal(unitPrice), "1", Fixtures.NOW, Fixtures.NOW.plusSeconds(900));
        return new CartLine(index, quote, quantity, product, new BigDecimal(unitFloor));
    }

    static CartPromotion promo(int id, Promotion.Kind kind, String value, Promotion.Target target, String code) {
        return new CartPromotion(Fixtures.uuid(id), "promo-" + id, kind, new BigDecimal(value), target, code, id);
    }

    @Test
    void aCodeTakesItsPercentOffTheMatchingLinesOnlyRoundedOnceAndTheTotalIsTheSumOfTheLines() {
        List<CartLine> lines = List.of(line(0, "SKU-1", "HOME", "3.35", 3, "1.00"),
                line(1, "SKU-2", "TOYS", "5.00", 1, "1.00"));

        PricedCart cart = pricer.price(Fixtures.GBP, lines, List.of(promo(1, Promotion.Kind.PERCENT_OFF, "15",
                new Promotion.ForCategory("HOME"), "SAVE15")));

        // 3 x 3.35 = 10.05; 15 % = 1.5075 -> 1.51 (HALF_EVEN); 10.05 - 1.51 = 8.54
        assertThat(cart.lines().get(0).total()).isEqualTo(new BigDecimal("8.54"));
        assertThat(cart.lines().get(0).discounts()).singleElement()
                .satisfies(g -> assertThat(g.amount()).isEqualTo(new BigDecimal("1.51")));
        assertThat(cart.lines().get(1).total()).isEqualTo(new BigDecimal("5.00"));
        assertThat(cart.subtotal()).isEqualTo(new BigDecimal("15.05"));
        assertThat(cart.discountTotal()).isEqualTo(new BigDecimal("1.51"));
        assertThat(cart.total()).isEqualTo(new BigDecimal("13.54"));
        assertThat(cart.discounts()).singleElement().satisfies(g -> assertThat(g.code()).isEqualTo("SAVE15"));
    }

    @Test
    void discountsStackButNeverTakeALineBelowItsFloor() {
        List<CartLine> lines = List.of(line(0, "SKU-1", "HOME", "10.00", 2, "8.50"));

        PricedCart cart = pricer.price(Fixtures.GBP, lines, List.of(
                promo(1, Promotion.Kind.AMOUNT_OFF, "1.00", new Promotion.ForSku(new Sku("SKU-1")), null),
                promo(2, Promotion.Kind.PERCENT_OFF, "50", new Promotion.ForSku(new Sku("SKU-1")), "HALF")));

        // 20.00 - 2.00 = 18.00; 50 % would give 9.00 but the floor is 2 x 8.50 = 17.00: only 1.00 more
        assertThat(cart.lines().getFirst().total()).isEqualTo(new BigDecimal("17.00"));
        assertThat(cart.discounts()).extracting(PricedCart.Granted::amount)
                .containsExactly(new BigDecimal("2.00"), new BigDecimal("1.00"));
    }

    @Test
    void aFixedPriceAboveTheQuotedPriceGivesNothing() {
        PricedCart cart = pricer.price(Fixtures.GBP, List.of(line(0, "SKU-1", "HOME", "4.00", 1, "1.00")),
                List.of(promo(1, Promotion.Kind.FIXED_PRICE, "5.00", new Promotion.ForSku(new Sku("SKU-1")), "X")));

        assertThat(cart.total()).isEqualTo(new BigDecimal("4.00"));
        assertThat(cart.discounts()).isEmpty();
    }

    @Test
    void exclusiveKeepsTheLowestPriorityAndBestForCustomerTheLargestDiscount() {
        List<CartLine> lines = List.of(line(0, "SKU-1", "HOME", "10.00", 2, "1.00"));
        List<CartPromotion> promotions = List.of(
                promo(1, Promotion.Kind.PERCENT_OFF, "10", new Promotion.ForSku(new Sku("SKU-1")), null),
                promo(2, Promotion.Kind.AMOUNT_OFF, "3.00", new Promotion.ForSku(new Sku("SKU-1")), "BIG"));

        PricedCart stacked = pricer.price(Fixtures.GBP, lines, promotions);
        PricedCart exclusive = new CartPricer(policy(CartPolicy.Stacking.EXCLUSIVE, "100", "100"))
                .price(Fixtures.GBP, lines, promotions);
        PricedCart best = new CartPricer(policy(CartPolicy.Stacking.BEST_FOR_CUSTOMER, "100", "100"))
                .price(Fixtures.GBP, lines, promotions);

        // 20.00 - 10 % (2.00) = 18.00 - 2 x 3.00 = 12.00
        assertThat(stacked.total()).isEqualTo(new BigDecimal("12.00"));
        assertThat(exclusive.discounts()).extracting(PricedCart.Granted::promotionId).containsExactly(Fixtures.uuid(1));
        assertThat(exclusive.total()).isEqualTo(new BigDecimal("18.00"));
        assertThat(best.discounts()).extracting(PricedCart.Granted::code).containsExactly("BIG");
        assertThat(best.total()).isEqualTo(new BigDecimal("14.00"));
    }

    @Test
    void lineAndOrderCapsLimitTheDiscountRoundedDown() {
        List<CartLine> lines = List.of(line(0, "SKU-1", "HOME", "10.00", 1, "1.00"),
                line(1, "SKU-2", "HOME", "9.99", 1, "1.00"));
        List<CartPromotion> half = List.of(promo(1, Promotion.Kind.PERCENT_OFF, "50",
                new Promotion.ForCategory("HOME"), null));

        PricedCart lineCapped = new CartPricer(policy(CartPolicy.Stacking.STACKABLE, "20", "100"))
                .price(Fixtures.GBP, lines, half);
        PricedCart orderCapped = new CartPricer(policy(CartPolicy.Stacking.STACKABLE, "100", "30"))
                .price(Fixtures.GBP, lines, half);

        // line cap 20 %: 2.00 and 1.998 -> 1.99 (rounded down)
        assertThat(lineCapped.lines()).extracting(PricedLine::total)
                .containsExactly(new BigDecimal("8.00"), new BigDecimal("8.00"));
        // order cap 30 % of 19.99 = 5.997 -> 5.99; 5.00 + 5.00 granted, the last grant is cut by 4.01
        assertThat(orderCapped.discountTotal()).isEqualTo(new BigDecimal("5.99"));
        assertThat(orderCapped.lines()).extracting(PricedLine::total)
                .containsExactly(new BigDecimal("5.00"), new BigDecimal("9.00"));
    }

    static CartPolicy policy(CartPolicy.Stacking stacking, String line, String order) {
        return new CartPolicy(stacking, new BigDecimal(line), new BigDecimal(order));
    }

    /**
     * Seeded random carts, promotions, stacking modes and caps: never below a floor, never over a cap, at most one
     * promotion when exclusive or best-for-customer, total = sum of lines, exact to the penny.
     */
    @Test
    void noCombinationGoesBelowAFloorOrOverACapAndTheTotalIsAlwaysTheSumOfItsLines() {
        Random random = new Random(20261126L);
        Promotion.Kind[] kinds = {Promotion.Kind.PERCENT_OFF, Promotion.Kind.AMOUNT_OFF, Promotion.Kind.FIXED_PRICE};
        for (int n = 0; n < 2000; n++) {
            List<CartLine> lines = new ArrayList<>();
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                BigDecimal price = BigDecimal.valueOf(1 + random.nextInt(20000), 2);
                BigDecimal floor = price.multiply(BigDecimal.valueOf(random.nextInt(101), 2))
                        .setScale(2, RoundingMode.CEILING);
                lines.add(line(i, "SKU-" + random.nextInt(4), random.nextBoolean() ? "HOME" : "TOYS",
                        price.toPlainString(), 1 + random.nextInt(20), floor.toPlainString()));
            }
            List<CartPromotion> promotions = new ArrayList<>();
            for (int p = random.nextInt(4); p > 0; p--) {
                Promotion.Kind kind = kinds[random.nextInt(kinds.length)];
                String value = kind == Promotion.Kind.PERCENT_OFF ? String.valueOf(1 + random.nextInt(99))
                        : BigDecimal.valueOf(1 + random.nextInt(20000), 2).toPlainString();
                Promotion.Target target = random.nextBoolean() ? new Promotion.ForCategory("HOME")
                        : new Promotion.ForSku(new Sku("SKU-" + random.nextInt(4)));
                promotions.add(promo(p, kind, value, target, random.nextBoolean() ? "C" + p + "X" : null));
            }
            CartPolicy policy = new CartPolicy(CartPolicy.Stacking.values()[random.nextInt(3)],
                    BigDecimal.valueOf(random.nextInt(101)), BigDecimal.valueOf(random.nextInt(101)));
            String input = "case " + n + ": " + policy + " " + lines + " " + promotions;

            PricedCart cart = new CartPricer(policy).price(Fixtures.GBP, lines, promotions);

            if (policy.stacking() != CartPolicy.Stacking.STACKABLE) {
                assertThat(cart.discounts()).as(input).hasSizeLessThanOrEqualTo(1);
            }
            assertThat(cart.discountTotal()).as(input).isLessThanOrEqualTo(
                    cart.subtotal().multiply(policy.maxOrderPercent()).movePointLeft(2));
            BigDecimal sum = BigDecimal.ZERO;
            for (PricedLine line : cart.lines()) {
                assertThat(line.total()).as(input).isGreaterThanOrEqualTo(line.line().floor().min(line.subtotal()));
                assertThat(line.total()).as(input).isLessThanOrEqualTo(line.subtotal());
                assertThat(line.total().scale()).as(input).isEqualTo(2);
                BigDecimal granted = line.discounts().stream().map(PricedCart.Granted::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(line.subtotal().subtract(granted)).as(input).isEqualByComparingTo(line.total());
                assertThat(granted).as(input).isLessThanOrEqualTo(
                        line.subtotal().multiply(policy.maxLinePercent()).movePointLeft(2));
                sum = sum.add(line.total());
            }
            assertThat(cart.total()).as(input).isEqualByComparingTo(sum);
            assertThat(cart.subtotal().subtract(cart.discountTotal())).as(input).isEqualByComparingTo(cart.total());
            assertThat(cart.discounts().stream().map(PricedCart.Granted::amount).reduce(BigDecimal.ZERO,
                    BigDecimal::add)).as(input).isEqualByComparingTo(cart.discountTotal());
        }
    }
}
