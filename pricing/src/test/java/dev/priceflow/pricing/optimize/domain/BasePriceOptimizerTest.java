package dev.priceflow.pricing.optimize.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class BasePriceOptimizerTest {

    static final Currency GBP = Currency.getInstance("GBP");
    static final BasePriceOptimizer OPTIMIZER = new BasePriceOptimizer(StockRule.defaults(), 25);
    static final OptimizationRules PROFIT = new OptimizationRules(Objective.PROFIT, null, new BigDecimal("100"),
            PriceEnding.NONE, null);

    static BaseInput input(String cost, String list, String floor, String ceiling, double e, int stock,
                           String competitor, String previous) {
        return new BaseInput(GBP, new BigDecimal(cost), new BigDecimal(list), dec(floor), dec(ceiling),
                new BigDecimal("0.05"), new BigDecimal("0.01"), new DemandCurve(Double.parseDouble(list), 10, e),
                stock, dec(competitor), dec(previous));
    }

    static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    @Test
    void closedFormAndGoldenSectionSearchAgreeOnTheProfitMaximizingPrice() {
        for (double e : new double[] {-1.2, -1.5, -2, -3, -5}) {
            BaseInput in = input("4.00", "10.00", "0.50", "100.00", e, 300, null, null);
            OptimizedBase closed = new BasePriceOptimizer(new StockRule(60, 7, 0), 25).optimize(in, PROFIT);
            double searched = GoldenSection.maximize(p -> (p - 4) * in.demand().units(p), 0.5, 100, 1e-6);
            assertThat(closed.price().doubleValue()).as("e=%s", e).isCloseTo(searched, within(0.006));
            assertThat(closed.price().doubleValue()).isCloseTo(4 * e / (1 + e), within(0.006));
            assertThat(closed.explanation()).contains("c*e/(1+e)");
        }
    }

    @Test
    void inelasticProfitAndRevenueUnderElasticDemandGoToTheRightLimit() {
        BaseInput inelastic = input("4.00", "10.00", null, "12.00", -0.5, 300, null, null);
        assertThat(OPTIMIZER.optimize(inelastic, PROFIT).price()).isEqualByComparingTo("12.00");
        OptimizationRules revenue = new OptimizationRules(Objective.REVENUE, null, new BigDecimal("100"),
                PriceEnding.NONE, null);
        BaseInput elastic = input("4.00", "10.00", "5.00", "12.00", -2, 300, null, null);
        assertThat(OPTIMIZER.optimize(elastic, revenue).price()).isEqualByComparingTo("5.00");
    }

    @Test
    void marginTargetKeepsTheTargetMarginWhileMaximizingRevenue() {
        OptimizationRules target = new OptimizationRules(Objective.MARGIN_TARGET, new BigDecimal("0.40"),
                new BigDecimal("100"), PriceEnding.NONE, null);
        OptimizedBase base = OPTIMIZER.optimize(input("6.00", "12.00", null, null, -2, 300, null, null), target);
        assertThat(base.price()).isEqualByComparingTo("10.00"); // 6 / (1 - 0.4); revenue falls above it
    }

    @Test
    void overstockPushesDownScarcityPushesUpBounded() {
        BaseInput normal = input("4.00", "10.00", null, "100", -2, 300, null, null);
        BaseInput over = input("4.00", "10.00", null, "100", -2, 100_000, null, null);
        BaseInput scarce = input("4.00", "10.00", null, "100", -2, 0, null, null);
        BigDecimal p = OPTIMIZER.optimize(normal, PROFIT).price();
        assertThat(p).isEqualByComparingTo("8.00");
        assertThat(OPTIMIZER.optimize(over, PROFIT).price()).isEqualByComparingTo("6.40");
        assertThat(OPTIMIZER.optimize(scarce, PROFIT).price()).isEqualByComparingTo("9.60");
    }

    @Test
    void competitorRuleDailyChangeAndEndingApplyInOrder() {
        OptimizationRules rules = new OptimizationRules(Objective.PROFIT, null, new BigDecimal("5"),
                PriceEnding.NINETY_NINE, new BigDecimal("10"));
        // optimum 8.00; competitor 6.00 + 10 % = 6.60; yesterday 7.00: at most 5 % change -> 6.65..7.35
        OptimizedBase base = OPTIMIZER.optimize(input("4.00", "10.00", null, "100", -2, 300, "6.00", "7.00"), rules);
        // the competitor cap lies below the daily band: the daily change limit wins, then the nearest .99 in it
        assertThat(base.price()).isEqualByComparingTo("6.99");
        assertThat(base.explanation()).contains("competitor rule (6.60) not applied");
        OptimizedBase ended = OPTIMIZER.optimize(input("4.00", "10.00", null, "100", -2, 300, null, "8.20"), rules);
        assertThat(ended.price()).isEqualByComparingTo("7.99");
        assertThat(ended.explanation()).contains("ending .99");
    }

    @Test
    void theFloorWinsOverTheCeilingAndTheMarginFloorOverEverything() {
        OptimizedBase base = OPTIMIZER.optimize(input("9.00", "10.00", "3.00", "8.00", -5, 300, "1.00", "2.00"),
                PROFIT);
        assertThat(base.price()).isEqualByComparingTo("9.45"); // 9.00 * 1.05, above the ceiling 8.00
    }

    @Test
    void priceEndingPicksTheNearestEndingInsideTheLimits() {
        assertThat(PriceEnding.NINETY_NINE.apply(new BigDecimal("7.42"), new BigDecimal("1"), new BigDecimal("9")))
                .hasValue(new BigDecimal("6.99"));
        assertThat(PriceEnding.NINETY_FIVE.apply(new BigDecimal("7.42"), new BigDecimal("7.10"), new BigDecimal("9")))
                .hasValue(new BigDecimal("7.95"));
        assertThat(PriceEnding.NINETY_NINE.apply(new BigDecimal("7.42"), new BigDecimal("7.10"), new BigDecimal("7.50")))
                .isEmpty();
        assertThat(PriceEnding.NINETY_NINE.apply(new BigDecimal("7.80"), new BigDecimal("1"), new BigDecimal("9")))
                .as("the nearer one").hasValue(new BigDecimal("7.99"));
        assertThat(PriceEnding.NINETY_NINE.apply(new BigDecimal("2.51"), new BigDecimal("2.51"), new BigDecimal("3.39")))
                .as("2.99 would be +19 %: more than an ending may move a price").isEmpty();
        assertThat(PriceEnding.parse(".99")).hasValue(PriceEnding.NINETY_NINE);
        assertThat(PriceEnding.parse("none")).hasValue(PriceEnding.NONE);
        assertThat(PriceEnding.parse(".49")).isEmpty();
    }
}
