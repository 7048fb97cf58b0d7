package dev.priceflow.pricing.jmh;

import dev.priceflow.pricing.optimize.domain.BaseInput;
import dev.priceflow.pricing.optimize.domain.BasePriceOptimizer;
import dev.priceflow.pricing.optimize.domain.DemandCurve;
import dev.priceflow.pricing.optimize.domain.Objective;
import dev.priceflow.pricing.optimize.domain.OptimizationRules;
import dev.priceflow.pricing.optimize.domain.OptimizedBase;
import dev.priceflow.pricing.optimize.domain.PriceEnding;
import dev.priceflow.pricing.optimize.domain.StockRule;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: pricing's daily base-price optimization for one SKU ({@link BasePriceOptimizer#optimize}) under each
 * objective, over 256 seeded SKUs (cost, list price, elasticity, stock, competitor and yesterday's base drawn
 * with seed 42) so the branch mix is not one fixed path. Run by {@code ./priceflow jmh}, never by unit tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BasePriceOptimizerBenchmark {

    private static final Currency GBP = Currency.getInstance("GBP");
    private static final int SKUS = 256;

    @Param({"PROFIT", "REVENUE", "MARGIN_TARGET"})
    public String objective;

    private final BasePriceOptimizer optimizer = new BasePriceOptimizer(StockRule.defaults(), 25);
    private BaseInput[] inputs;
    private OptimizationRules rules;
    private int next;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        inputs = new BaseInput[SKUS];
        for (int i = 0; i < SKUS; i++) {
            double cost = 1 + random.nextDouble() * 9;
            double list = cost * (1.6 + random.nextDouble() * 0.8);
            BigDecimal listPrice = money(list);
            inputs[i] = new BaseInput(GBP, money(cost), listPrice, money(cost * 1.1), money(list * 1.5),
                    new BigDecimal("0.05"), new BigDecimal("0.01"),
                    new DemandCurve(list, 5 + random.nextInt(40), -(1.05 + random.nextDouble() * 3)),
                    random.nextInt(500), random.nextBoolean() ? money(list * (0.85 + random.nextDouble() * 0.2)) : null,
                    random.nextBoolean() ? money(list * (0.9 + random.nextDouble() * 0.2)) : null);
        }
        Objective o = Objective.valueOf(objective);
        rules = new OptimizationRules(o, o == Objective.MARGIN_TARGET ? new BigDecimal("0.35") : null,
                new BigDecimal("5"), PriceEnding.NINETY_NINE, new BigDecimal("10"));
    }

    @Benchmark
    public OptimizedBase optimizeOneSku() {
        BaseInput in = inputs[next];
        next = (next + 1) & (SKUS - 1);
        return optimizer.optimize(in, rules);
    }

    private static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_EVEN);
    }
}
