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
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random carts (fixed seed, 3,000 cases, shrink-free: the failing case is printed) mixing all six promotion
 * kinds with every stacking mode and random caps.
 */
class MultiUnitPropertiesTest {

    private static final long SEED = 20261126_22L;
    private static final int CASES = 3_000;

    @Test
    void noLineBelowItsFloorCapsHoldTotalsAddUpAndEveryExplanationAddsUp() {
        Random random = new Random(SEED);
        for (int n = 0; n < CASES; n++) {
            List<CartLine> lines = lines(random);
            List<CartPromotion> promotions = new ArrayList<>();
            for (int p = 1 + random.nextInt(4); p > 0; p--) {
                promotions.add(promotion(random, p));
            }
            CartPolicy policy = new CartPolicy(CartPolicy.Stacking.values()[random.nextInt(3)],
                    BigDecimal.valueOf(random.nextInt(101)), BigDecimal.valueOf(random.nextInt(101)));
            String input = "seed " + SEED + " case " + n + ": " + policy + " " + lines + " " + promotions;

            PricedCart cart = new CartPricer(policy).price(Fixtures.GBP, lines, promotions);

            if (policy.stacking() != CartPolicy.Stacking.STACKABLE) {
                assertThat(cart.discounts()).as(input).hasSizeLessThanOrEqualTo(1);
            }
            assertThat(cart.discountTotal()).as(input).isLessThanOrEqualTo(
                    cart.subtotal().multiply(policy.maxOrderPercent()).movePointLeft(2));
            BigDecimal sum = BigDecimal.ZERO;
            for (PricedLine line : cart.lines()) {
                BigDecimal floor = line.line().floor().setScale(2, RoundingMode.CEILING).min(line.subtotal());
                assertThat(line.total()).as(input).isGreaterThanOrEqualTo(floor);
                assertThat(line.total()).as(input).isLessThanOrEqualTo(line.subtotal());
                assertThat(line.total().scale()).as(input).isEqualTo(2);
                BigDecimal granted = line.discounts().stream().map(PricedCart.Granted::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(granted).as(input).isLessThanOrEqualTo(
                        line.subtotal().multiply(policy.maxLinePercent()).movePointLeft(2));
                assertThat(line.subtotal().subtract(granted)).as(input).isEqualByComparingTo(line.total());
                explanationAddsUp(line, input);
                sum = sum.add(line.total());
            }
            assertThat(cart.total()).as(input).isEqualByComparingTo(sum);
            assertThat(cart.subtotal().subtract(cart.discountTotal())).as(input).isEqualByComparingTo(cart.total());
            assertThat(cart.discounts().stream().map(PricedCart.Granted::amount).reduce(BigDecimal.ZERO,
                    BigDecimal::add)).as(input).isEqualByComparingTo(cart.discountTotal());
        }
    }

    private static void explanationAddsUp(PricedLine line, String input) {
        List<CartStep> steps = line.explanation();
        assertThat(steps.getFirst().step()).as(input).isEqualTo("SUBTOTAL");
        assertThat(steps.getFirst().amount()).as(input).isEqualByComparingTo(line.subtotal());
        BigDecimal running = line.subtotal();
        for (CartStep step : steps.subList(1, steps.size())) {
            assertThat(step.amount().signum()).as(input).isGreaterThanOrEqualTo(0);
            running = running.subtract(step.amount());
            assertThat(step.totalAfter()).as(input).isEqualByComparingTo(running);
        }
        assertThat(steps.getLast().totalAfter()).as(input).isEqualByComparingTo(line.total());
    }

    private static List<CartLine> lines(Random random) {
        List<CartLine> lines = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        for (int i = 0, count = 1 + random.nextInt(6); i < count; i++) {
            BigDecimal price = BigDecimal.valueOf(1 + random.nextInt(20000), 2);
            BigDecimal floor = price.multiply(BigDecimal.valueOf(random.nextInt(101), 2))
                    .setScale(2, RoundingMode.CEILING);
            int sku = random.nextInt(5);
            used.add(sku);
            lines.add(line(i, "SKU-" + sku, random.nextBoolean() ? "HOME" : "TOYS", price.toPlainString(),
                    1 + random.nextInt(random.nextBoolean() ? 6 : 30), floor.toPlainString()));
        }
        return lines;
    }

    private static CartPromotion promotion(Random random, int p) {
        Promotion.Kind kind = Promotion.Kind.values()[random.nextInt(Promotion.Kind.values().length)];
        Promotion.Target target = random.nextBoolean() ? new Promotion.ForCategory("HOME")
                : new Promotion.ForSku(new Sku("SKU-" + random.nextInt(5)));
        String code = random.nextBoolean() ? "C" + p + "X" : null;
        OfferRule rule = switch (kind) {
            case PERCENT_OFF, AMOUNT_OFF, FIXED_PRICE -> null;
            case BUY_X_GET_Y -> new OfferRule.BuyXGetY(1 + random.nextInt(4), 1 + random.nextInt(3),
                    BigDecimal.valueOf(1 + random.nextInt(100)));
            case TIERED -> tiered(random);
            case BUNDLE -> {
                List<OfferRule.Item> items = List.of(new OfferRule.Item("SKU-" + random.nextInt(5),
                        1 + random.nextInt(3)), new OfferRule.Item("SKU-" + random.nextInt(5), 1 + random.nextInt(3)));
                yield random.nextBoolean()
                        ? new OfferRule.Bundle(items, BigDecimal.valueOf(1 + random.nextInt(30000), 2), null)
                        : new OfferRule.Bundle(items, null, BigDecimal.valueOf(1 + random.nextInt(99)));
            }
        };
        String value = kind == Promotion.Kind.PERCENT_OFF ? String.valueOf(1 + random.nextInt(99))
                : BigDecimal.valueOf(1 + random.nextInt(20000), 2).toPlainString();
        return new CartPromotion(Fixtures.uuid(p), "promo-" + p, kind, new BigDecimal(value), target, code,
                random.nextInt(3), rule);
    }

    private static OfferRule.Tiered tiered(Random random) {
        boolean spend = random.nextBoolean();
        List<OfferRule.Tier> tiers = new ArrayList<>();
        int threshold = 0;
        for (int t = 1 + random.nextInt(3); t > 0; t--) {
            threshold += 1 + random.nextInt(spend ? 200 : 5);
            BigDecimal limit = BigDecimal.valueOf(threshold);
            tiers.add(random.nextBoolean()
                    ? new OfferRule.Tier(limit, BigDecimal.valueOf(1 + random.nextInt(100)), null)
                    : new OfferRule.Tier(limit, null, BigDecimal.valueOf(1 + random.nextInt(5000), 2)));
        }
        return new OfferRule.Tiered(spend ? OfferRule.Basis.SPEND : OfferRule.Basis.QUANTITY, tiers);
    }
}
