package dev.priceflow.pricing.optimize.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Seeded-random property loop: every constraint holds for 4,000 random SKUs, policies and days. */
class BasePriceOptimizerPropertiesTest {

    static final Currency GBP = Currency.getInstance("GBP");
    static final long SEED = 20261126L;
    static final int CASES = 4000;

    @Test
    void hardLimitsDailyChangeCompetitorRuleAndDeterminismAlwaysHold() {
        SplittableRandom random = new SplittableRandom(SEED);
        BasePriceOptimizer optimizer = new BasePriceOptimizer(StockRule.defaults(), 25);
        for (int i = 0; i < CASES; i++) {
            BigDecimal cost = money(random, 0, 50);
            BigDecimal list = cost.add(money(random, 0.01, 50));
            BigDecimal floor = random.nextBoolean() ? money(random, 0.01, 60) : null;
            BigDecimal ceiling = random.nextBoolean() ? money(random, 0.01, 120) : null;
            BigDecimal minMargin = BigDecimal.valueOf(random.nextInt(0, 50), 2);
            BigDecimal competitor = random.nextBoolean() ? money(random, 0.01, 100) : null;
            BigDecimal previous = random.nextBoolean() ? money(random, 0.01, 100) : null;
            double e = -0.1 - random.nextDouble() * 6;
            int stock = random.nextInt(0, 5000);
            Objective objective = Objective.values()[random.nextInt(3)];
            OptimizationRules rules = new OptimizationRules(objective,
                    objective == Objective.MARGIN_TARGET ? BigDecimal.valueOf(random.nextInt(0, 90), 2) : null,
                    BigDecimal.valueOf(random.nextInt(1, 100)), PriceEnding.values()[random.nextInt(3)],
                    random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(0, 50)) : null);
            BaseInput in = new BaseInput(GBP, cost, list, floor, ceiling, minMargin, new BigDecimal("0.01"),
                    new DemandCurve(list.doubleValue(), random.nextDouble() * 50, e), stock, competitor, previous);
            String at = "case " + i + ": " + in + " " + rules;

            OptimizedBase base = optimizer.optimize(in, rules);
            BigDecimal p = base.price();
            BigDecimal marginFloor = cost.multiply(BigDecimal.ONE.add(minMargin)).setScale(2, RoundingMode.CEILING);
            assertThat(p.scale()).as(at).isEqualTo(2);
            assertThat(p).as(at).isGreaterThanOrEqualTo(marginFloor).isGreaterThanOrEqualTo(new BigDecimal("0.01"));
            if (floor != null) {
                assertThat(p).as(at).isGreaterThanOrEqualTo(floor);
            }
            BigDecimal lowest = base.lowest();
            if (ceiling != null && ceiling.compareTo(lowest) >= 0) {
                assertThat(p).as(at).isLessThanOrEqualTo(ceiling);
            }
            assertThat(p).as(at).isBetween(base.lowest(), base.highest());
            if (previous != null) {
                BigDecimal down = previous.multiply(BigDecimal.ONE.subtract(rules.maxDailyChangePercent().movePointLeft(2)))
                        .setScale(2, RoundingMode.CEILING);
                BigDecimal up = previous.multiply(BigDecimal.ONE.add(rules.maxDailyChangePercent().movePointLeft(2)))
                        .setScale(2, RoundingMode.FLOOR);
                if (down.max(lowest).compareTo(up.min(base.highest())) <= 0) {
                    assertThat(p).as(at).isBetween(down, up);
                }
            } else if (competitor != null && rules.competitorWithinPercent() != null) {
                BigDecimal cap = competitor.multiply(BigDecimal.ONE.add(rules.competitorWithinPercent().movePointLeft(2)))
                        .setScale(2, RoundingMode.FLOOR);
                if (cap.compareTo(lowest) >= 0) {
                    assertThat(p).as(at).isLessThanOrEqualTo(cap);
                }
            }
            if (rules.ending() != PriceEnding.NONE && base.explanation().contains("ending " + rules.ending().wire())) {
                assertThat(p.remainder(BigDecimal.ONE).toPlainString()).as(at)
                        .isEqualTo(rules.ending().wire().replace(".", "0."));
            }
            assertThat(optimizer.optimize(in, rules)).as(at).isEqualTo(base);
        }
    }

    private static BigDecimal money(SplittableRandom random, double low, double high) {
        return BigDecimal.valueOf(low + random.nextDouble() * (high - low)).setScale(2, RoundingMode.HALF_EVEN)
                .max(new BigDecimal(low == 0 ? "0.00" : "0.01"));
    }
}
