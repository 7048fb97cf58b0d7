package dev.priceflow.pricing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.Sku;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Guarantees that hold for every product and set of promotions, checked on 2,000 generated cases from a
 * fixed seed (a failure names the case, and rerunning reproduces it).
 */
class PriceCalculatorPropertiesTest {

    private static final long SEED = 20261126L;
    private static final int CASES = 2_000;
    private final PriceCalculator calculator = new PriceCalculator(Fixtures.POLICY);

    @Test
    void priceIsRoundedAtOrAboveTheFloorAndAtMostTheListPriceUnlessTheFloorIsAbove() {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            BigDecimal list = money(random, 1, 1_000_000);
            BigDecimal cost = money(random, 0, 2_000_000);
            List<Promotion> promotions = promotions(random, 0);

            BigDecimal price = calculator.price(product(list, cost), promotions, Fixtures.NOW).price();

            BigDecimal floor = cost.multiply(new BigDecimal("1.05")).max(new BigDecimal("0.01"));
            String at = "case " + i + ": list " + list + ", cost " + cost + ", " + promotions;
            assertThat(price.scale()).as(at).isEqualTo(2);
            // the floor is a platform rule: it holds even above the list price
            assertThat(price).as(at).isLessThanOrEqualTo(list.max(floor.setScale(2, RoundingMode.CEILING)));
            assertThat(price).as(at).isGreaterThanOrEqualTo(floor);
        }
    }

    @Test
    void promotionsNeverStack() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < CASES; i++) {
            BigDecimal list = money(random, 1, 1_000_000);
            List<Promotion> promotions = promotions(random, 1);

            PriceBreakdown result = calculator.price(product(list, BigDecimal.ZERO), promotions, Fixtures.NOW);

            BigDecimal bestSingle = promotions.stream().map(p -> p.applyTo(list)).min(BigDecimal::compareTo)
                    .orElseThrow();
            BigDecimal expected = bestSingle.max(new BigDecimal("0.01")).setScale(2, RoundingMode.HALF_EVEN);
            String at = "case " + i + ": list " + list + ", " + promotions;
            assertThat(result.price()).as(at).isEqualByComparingTo(expected);
            assertThat(result.steps()).as(at).extracting(PriceStep::rule)
                    .filteredOn(PriceStep.Rule.BEST_PROMOTION::equals).hasSize(1);
        }
    }

    @Test
    void aFixedPriceIsNeverBeatenByTheCalculatorUnlessTheFloorBinds() {
        Random random = new Random(SEED + 2);
        for (int i = 0; i < CASES; i++) {
            BigDecimal list = money(random, 1, 1_000_000);
            BigDecimal cost = money(random, 0, 1_000_000);
            BigDecimal fixed = money(random, 1, 1_000_000);
            List<Promotion> promotions = new ArrayList<>(promotions(random, 0));
            promotions.add(Fixtures.fixedPrice(fixed.toPlainString(), 99));

            PriceBreakdown result = calculator.price(product(list, cost), promotions, Fixtures.NOW);

            BigDecimal floor = cost.multiply(new BigDecimal("1.05")).setScale(2, RoundingMode.CEILING)
                    .max(new BigDecimal("0.01"));
            BigDecimal best = promotions.stream().map(p -> p.applyTo(list)).min(BigDecimal::compareTo).orElseThrow();
            BigDecimal expected = best.max(floor);
            String at = "case " + i + ": list " + list + ", cost " + cost + ", " + promotions;
            assertThat(result.price()).as(at).isEqualByComparingTo(expected.setScale(2, RoundingMode.HALF_EVEN));
            assertThat(result.price()).as(at).isLessThanOrEqualTo(list.max(floor));
            assertThat(result.price()).as(at).isLessThanOrEqualTo(fixed.max(floor));
            assertThat(result.price()).as(at).isGreaterThanOrEqualTo(floor);
        }
    }

    @Test
    void personalPricesStayWithinTheCapOfTheStandardPriceAndAboveTheFloor() {
        Random random = new Random(SEED + 3);
        // the standard and the personal price are each rounded once: together at most one minor unit apart
        BigDecimal penny = new BigDecimal("0.01");
        for (int i = 0; i < CASES; i++) {
            BigDecimal list = money(random, 1, 1_000_000);
            BigDecimal cost = money(random, 0, 1_500_000);
            List<Promotion> promotions = promotions(random, 0);
            BigDecimal cap = BigDecimal.valueOf(random.nextInt(2_001), 2); // 0.00 .. 20.00 %
            Personalization rule = new Personalization(new PersonalizationPolicy(true, cap, Map.of(), Set.of(),
                    Set.of(), 1 + random.nextInt(50), money(random, 1, 500_000), percent(random),
                    1 + random.nextInt(50), 1 + random.nextInt(30), percent(random)));
            Product product = product(list, cost);

            BigDecimal standard = calculator.price(product, promotions, Fixtures.NOW).price();
            PriceBreakdown one = calculator.price(product, promotions, Fixtures.NOW,
                    rule.decide(shopper(random), product, "web"));
            PriceBreakdown two = calculator.price(product, promotions, Fixtures.NOW,
                    rule.decide(shopper(random), product, "web"));

            BigDecimal floor = cost.multiply(new BigDecimal("1.05")).max(new BigDecimal("0.01")).min(list);
            BigDecimal capped = standard.multiply(BigDecimal.ONE.subtract(cap.movePointLeft(2)));
            String at = "case " + i + ": list " + list + ", cost " + cost + ", cap " + cap + ", " + promotions;
            for (PriceBreakdown personal : List.of(one, two)) {
                assertThat(personal.standardPrice()).as(at).isEqualTo(standard);
                assertThat(personal.price()).as(at).isLessThanOrEqualTo(standard);
                assertThat(personal.price()).as(at).isGreaterThanOrEqualTo(floor);
                assertThat(personal.price().add(penny)).as(at).isGreaterThanOrEqualTo(capped);
                assertThat(personal.personalized()).as(at).isEqualTo(personal.price().compareTo(standard) < 0);
            }
            BigDecimal spread = one.price().subtract(two.price()).abs();
            assertThat(spread).as(at).isLessThanOrEqualTo(standard.subtract(capped).add(penny));
        }
    }

    private static BigDecimal percent(Random random) {
        return BigDecimal.valueOf(random.nextInt(1_501), 2); // 0.00 .. 15.00 %
    }

    private static ShopperFeatures shopper(Random random) {
        return new ShopperFeatures(random.nextInt(80), BigDecimal.valueOf(random.nextInt(1_000_000), 2), "GBP",
                random.nextInt(2_000), random.nextInt(300), null);
    }

    /** An amount in pennies between the bounds, as a scale-2 decimal. */
    private static BigDecimal money(Random random, int minPennies, int maxPennies) {
        return BigDecimal.valueOf(minPennies + (long) random.nextInt(maxPennies - minPennies + 1), 2);
    }

    private static List<Promotion> promotions(Random random, int min) {
        int count = min + random.nextInt(5 - min);
        List<Promotion> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            // the single-unit kinds: the multi-unit ones are cart-level and never reach a quote
            Promotion.Kind kind = Promotion.Kind.values()[random.nextInt(3)];
            String value = switch (kind) {
                case PERCENT_OFF -> BigDecimal.valueOf(1 + random.nextInt(9_999), 2).toPlainString();
                case AMOUNT_OFF -> BigDecimal.valueOf(1 + random.nextInt(200_000_000), 4).toPlainString();
                case FIXED_PRICE -> BigDecimal.valueOf(1 + random.nextInt(2_000_000), 2).toPlainString();
                case BUY_X_GET_Y, TIERED, BUNDLE -> throw new IllegalStateException("not a quote kind");
            };
            out.add(Fixtures.promotion(kind, value, n + 1, new Promotion.ForSku(new Sku("SKU-1"))));
        }
        return out;
    }

    private static Product product(BigDecimal list, BigDecimal cost) {
        return new Product(new Sku("SKU-1"), "Mug", "HOME", Fixtures.GBP, list, cost, 1);
    }
}
