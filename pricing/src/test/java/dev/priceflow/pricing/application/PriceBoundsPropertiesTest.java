package dev.priceflow.pricing.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.Fixtures;
import dev.priceflow.pricing.domain.PersonalAdjustment;
import dev.priceflow.pricing.domain.Personalization;
import dev.priceflow.pricing.domain.PersonalizationPolicy;
import dev.priceflow.pricing.domain.PriceBreakdown;
import dev.priceflow.pricing.domain.PriceCalculator;
import dev.priceflow.pricing.domain.PriceLimits;
import dev.priceflow.pricing.domain.PricePolicy;
import dev.priceflow.pricing.domain.PriceStep;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.domain.QuoteClaims;
import dev.priceflow.pricing.domain.ShopperFeatures;
import dev.priceflow.pricing.optimize.application.BaseDecision;
import dev.priceflow.pricing.optimize.domain.BaseInput;
import dev.priceflow.pricing.optimize.domain.BasePriceOptimizer;
import dev.priceflow.pricing.optimize.domain.DemandCurve;
import dev.priceflow.pricing.optimize.domain.Objective;
import dev.priceflow.pricing.optimize.domain.OptimizedBase;
import dev.priceflow.pricing.optimize.domain.PriceEnding;
import dev.priceflow.pricing.optimize.domain.StockRule;
import dev.priceflow.pricing.order.domain.CartLine;
import dev.priceflow.pricing.order.domain.CartPolicy;
import dev.priceflow.pricing.order.domain.CartPricer;
import dev.priceflow.pricing.order.domain.CartPromotion;
import dev.priceflow.pricing.order.domain.PricedCart;
import dev.priceflow.pricing.policy.domain.CategoryPolicy;
import dev.priceflow.pricing.policy.domain.ChannelSwitches;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The platform's price rule, end to end over the quote and the cart path, on seeded random cases (a failure
 * names the case; rerunning reproduces it): for any catalogue row (cost, list price, configured floor, ceiling,
 * minimum margin), service policy, category policy and channel (optimized base or not), shopper profile and
 * promotion set, the quote is at least max(floor price, margin floor, minimum price), at most the ceiling
 * (unless the floor is above it: the floor wins), the personal discount stays within its caps and the
 * explanation ends at the price; a cart of such quotes with any cart promotions, stacking mode and caps keeps
 * every line at or above its floor, within the caps, and its total is the sum of its lines.
 */
class PriceBoundsPropertiesTest {

    private static final long SEED = 20261127L;
    private static final int CASES = 3_000;
    private static final BigDecimal PENNY = new BigDecimal("0.01");
    private static final List<String> CHANNELS = List.of("web", "app", "marketplace", "kiosk");
    private static final BasePriceOptimizer OPTIMIZER = new BasePriceOptimizer(StockRule.defaults(), 25);

    record Quoted(Product product, PricePolicy policy, PriceBreakdown result, BigDecimal lowest) {
    }

    @Test
    void everyQuoteIsWithinFloorCeilingAndMarginFloorAndExplainsItsPrice() {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            quote(random, i, "SKU-" + i, "C" + random.nextInt(3));
        }
    }

    @Test
    void everyCartOfSuchQuotesKeepsItsFloorsCapsAndSums() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < CASES; i++) {
            int size = 1 + random.nextInt(5);
            List<CartLine> lines = new ArrayList<>();
            List<Quoted> quoted = new ArrayList<>();
            for (int n = 0; n < size; n++) {
                Quoted q = quote(random, i, "S" + n, "C" + random.nextInt(2));
                quoted.add(q);
                QuoteClaims claims = new QuoteClaims(Fixtures.uuid(n + 1), "alice", q.product().sku(), "web",
                        Fixtures.GBP, q.result().price(), q.product().listPrice(), "1", Fixtures.NOW,
                        Fixtures.NOW.plusSeconds(900));
                lines.add(new CartLine(n, claims, 1 + random.nextInt(5), q.product(), q.lowest()));
            }
            List<CartPromotion> promotions = new ArrayList<>();
            for (int n = 0, count = random.nextInt(4); n < count; n++) {
                Promotion.Kind kind = Promotion.Kind.values()[random.nextInt(3)];
                BigDecimal value = kind == Promotion.Kind.PERCENT_OFF ? BigDecimal.valueOf(1 + random.nextInt(100))
                        : money(random, 1, 5_000);
                Promotion.Target target = random.nextBoolean() ? new Promotion.ForCategory("C" + random.nextInt(2))
                        : new Promotion.ForSku(new Sku("S" + random.nextInt(size)));
                promotions.add(new CartPromotion(Fixtures.uuid(50 + n), "p" + n, kind, value, target, null,
                        random.nextInt(200)));
            }
            CartPolicy cartPolicy = new CartPolicy(CartPolicy.Stacking.values()[random.nextInt(3)],
                    BigDecimal.valueOf(random.nextInt(101)), BigDecimal.valueOf(random.nextInt(101)));

            PricedCart cart = new CartPricer(cartPolicy).price(Fixtures.GBP, lines, promotions);

            String at = "cart case " + i + ": " + lines + " " + promotions + " " + cartPolicy;
            BigDecimal sum = BigDecimal.ZERO;
            for (PricedCart.PricedLine line : cart.lines()) {
                BigDecimal quantity = BigDecimal.valueOf(line.line().quantity());
                BigDecimal lowest = quoted.get(line.line().index()).lowest().multiply(quantity);
                BigDecimal off = line.subtotal().subtract(line.total());
                assertThat(line.total().scale()).as(at).isEqualTo(2);
                assertThat(line.total()).as(at).isGreaterThanOrEqualTo(lowest);
                assertThat(off).as(at).isLessThanOrEqualTo(cap(line.subtotal(), cartPolicy.maxLinePercent()));
                sum = sum.add(line.total());
            }
            assertThat(cart.total()).as(at).isEqualByComparingTo(sum);
            assertThat(cart.total()).as(at).isEqualByComparingTo(cart.subtotal().subtract(cart.discountTotal()));
            assertThat(cart.discountTotal()).as(at).isLessThanOrEqualTo(cap(cart.subtotal(),
                    cartPolicy.maxOrderPercent()));
        }
    }

    private Quoted quote(Random random, int i, String sku, String category) {
        BigDecimal cost = money(random, 0, 5_000);
        BigDecimal list = random.nextInt(10) == 0 ? money(random, 1, 5_000) : cost.add(money(random, 1, 6_000));
        BigDecimal floor = random.nextBoolean() ? money(random, 1, 8_000) : null;
        BigDecimal ceiling = random.nextBoolean() ? money(random, 1, 12_000) : null;
        if (floor != null && ceiling != null && floor.compareTo(ceiling) > 0) { // the schema's CHECK
            BigDecimal swap = floor;
            floor = ceiling;
            ceiling = swap;
        }
        BigDecimal skuMargin = random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(6_001), 2) : null;
        Product product = new Product(new Sku(sku), "p", category, Fixtures.GBP, list, cost, random.nextInt(500),
                new PriceLimits(floor, ceiling, skuMargin));
        PricePolicy policy = new PricePolicy(BigDecimal.valueOf(random.nextInt(31), 2), money(random, 1, 100));
        String channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
        CategoryPolicy categoryPolicy = random.nextInt(3) == 0 ? null : categoryPolicy(random, category);
        OptimizedBase base = null;
        if (categoryPolicy != null && categoryPolicy.on(channel).optimize()) {
            base = OPTIMIZER.optimize(new BaseInput(Fixtures.GBP, cost, list, floor, ceiling, policy.marginOf(product),
                    policy.minimumPrice(), new DemandCurve(list.doubleValue(), random.nextDouble() * 20,
                    -1.2 - random.nextDouble() * 3), product.stock(), null, null), categoryPolicy.rules());
        }
        BaseDecision decision = new BaseDecision(product, base, categoryPolicy, channel);
        BigDecimal cap = BigDecimal.valueOf(random.nextInt(2_001), 2);
        Personalization rule = new Personalization(new PersonalizationPolicy(true, cap, Map.of(), Set.of(),
                Set.of(), 1 + random.nextInt(50), money(random, 1, 500_000), BigDecimal.valueOf(random.nextInt(1_501), 2),
                1 + random.nextInt(50), 1 + random.nextInt(30), BigDecimal.valueOf(random.nextInt(1_501), 2)));
        ShopperFeatures shopper = new ShopperFeatures(random.nextInt(80), BigDecimal.valueOf(random.nextInt(1_000_000), 2),
                "GBP", random.nextInt(2_000), random.nextInt(300), null);
        PersonalAdjustment adjustment = decision.bound(rule.decide(shopper, product, channel));
        List<Promotion> promotions = promotions(random, sku, category);

        PriceBreakdown result = new PriceCalculator(policy).price(product, promotions, Fixtures.NOW, adjustment, base);

        String at = "quote case " + i + ": " + product + ", " + policy + ", " + categoryPolicy + " on " + channel
                + ", " + adjustment + ", " + promotions;
        BigDecimal marginFloor = cost.multiply(BigDecimal.ONE.add(skuMargin == null ? policy.minMargin()
                : skuMargin.movePointLeft(2))).setScale(2, RoundingMode.CEILING);
        BigDecimal lowest = marginFloor.max(policy.minimumPrice().setScale(2, RoundingMode.CEILING))
                .max(floor == null ? BigDecimal.ZERO : floor);
        BigDecimal price = result.price();
        assertThat(price.scale()).as(at).isEqualTo(2);
        assertThat(price).as(at).isGreaterThanOrEqualTo(lowest);
        if (ceiling != null) {
            assertThat(price).as(at).isLessThanOrEqualTo(ceiling.max(lowest));
        }
        assertThat(price).as(at).isLessThanOrEqualTo(result.standardPrice());
        if (adjustment.applies()) {
            BigDecimal capped = result.standardPrice().multiply(BigDecimal.ONE.subtract(adjustment.percent()
                    .movePointLeft(2)));
            assertThat(price.add(PENNY)).as(at).isGreaterThanOrEqualTo(capped);
            assertThat(adjustment.percent()).as(at).isLessThanOrEqualTo(cap);
            if (categoryPolicy != null) {
                assertThat(adjustment.percent()).as(at).isLessThanOrEqualTo(categoryPolicy.personalizationMaxPercent());
            }
        }
        List<PriceStep> steps = result.steps();
        assertThat(steps.getLast().rule()).as(at).isEqualTo(PriceStep.Rule.ROUNDING);
        assertThat(steps.getLast().priceAfter()).as(at).isEqualTo(price);
        assertThat(steps.get(steps.size() - 2).priceAfter().setScale(2, RoundingMode.HALF_EVEN)).as(at)
                .isEqualTo(price);
        result.appliedPromotion().ifPresent(applied -> assertThat(applied.amountOff().signum()).as(at).isPositive());
        return new Quoted(product, policy, result, lowest);
    }

    private static CategoryPolicy categoryPolicy(Random random, String category) {
        Objective objective = Objective.values()[random.nextInt(3)];
        Map<String, ChannelSwitches> channels = Map.of(
                "web", new ChannelSwitches(random.nextBoolean(), random.nextBoolean()),
                "app", new ChannelSwitches(random.nextBoolean(), random.nextBoolean()),
                "marketplace", new ChannelSwitches(random.nextBoolean(), random.nextBoolean()));
        return new CategoryPolicy(category, objective,
                objective == Objective.MARGIN_TARGET ? BigDecimal.valueOf(random.nextInt(90)) : null,
                BigDecimal.valueOf(1 + random.nextInt(100)), PriceEnding.values()[random.nextInt(3)],
                random.nextBoolean(), BigDecimal.valueOf(random.nextInt(51)),
                random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(50)) : null, channels, 0, Fixtures.NOW, "t");
    }

    private static List<Promotion> promotions(Random random, String sku, String category) {
        List<Promotion> out = new ArrayList<>();
        for (int n = 0, count = random.nextInt(5); n < count; n++) {
            Promotion.Kind kind = Promotion.Kind.values()[random.nextInt(3)];
            String value = switch (kind) {
                case PERCENT_OFF -> BigDecimal.valueOf(1 + random.nextInt(9_999), 2).toPlainString();
                case AMOUNT_OFF -> money(random, 1, 10_000).toPlainString();
                case FIXED_PRICE -> money(random, 1, 10_000).toPlainString();
                case BUY_X_GET_Y, TIERED, BUNDLE -> throw new IllegalStateException("not a quote kind: " + kind);
            };
            Promotion.Target target = random.nextBoolean() ? new Promotion.ForSku(new Sku(sku))
                    : new Promotion.ForCategory(category);
            out.add(Fixtures.promotion(kind, value, n + 1, target));
        }
        return out;
    }

    /** The most a cap of {@code percent} lets off {@code amount}, rounded down to the penny. */
    private static BigDecimal cap(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).movePointLeft(2).setScale(2, RoundingMode.FLOOR);
    }

    private static BigDecimal money(Random random, int minPennies, int maxPennies) {
        return BigDecimal.valueOf(minPennies + (long) random.nextInt(maxPennies - minPennies + 1), 2);
    }
}
