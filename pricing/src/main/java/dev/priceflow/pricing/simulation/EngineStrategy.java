package dev.priceflow.pricing.simulation;

import dev.priceflow.pricing.optimize.domain.BaseInput;
import dev.priceflow.pricing.optimize.domain.BasePriceOptimizer;
import dev.priceflow.pricing.optimize.domain.DemandCurve;
import dev.priceflow.pricing.optimize.domain.Objective;
import dev.priceflow.pricing.optimize.domain.OptimizationRules;
import dev.priceflow.pricing.optimize.domain.PriceEnding;
import dev.priceflow.pricing.optimize.domain.StockRule;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/**
 * Priceflow's engine in the simulator: the service's {@link BasePriceOptimizer} (profit objective, 10 % a day
 * at most, stock rule) fed with an elasticity it learns from the sales it observes — per SKU, OLS of
 * ln(units + 0.5) on ln(price) over the days it was not sold out, shrunk toward the prior (the service's default
 * elasticity) by empirical-Bayes weight {@code tau^2 / (tau^2 + se^2)}. It explores with a small alternating
 * price dither ({@code dither}, larger in the first {@code exploreDays}), always inside floor and ceiling.
 */
final class EngineStrategy implements PricingStrategy {

    private static final Currency GBP = Currency.getInstance("GBP");

    private final BasePriceOptimizer optimizer;
    private final OptimizationRules rules = new OptimizationRules(Objective.PROFIT, null, BigDecimal.TEN,
            PriceEnding.NONE, null);
    private final double prior;
    private final double tau2;
    private final int exploreDays;
    private final double dither;
    private final Map<Integer, Learner> learners = new HashMap<>();
    private final Map<Integer, Double> lastPrice = new HashMap<>();

    EngineStrategy(StockRule stockRule, double prior, double tau2, int exploreDays, double dither) {
        this.optimizer = new BasePriceOptimizer(stockRule, 25);
        this.prior = prior;
        this.tau2 = tau2;
        this.exploreDays = exploreDays;
        this.dither = dither;
    }

    @Override
    public String name() {
        return "Priceflow engine (learning)";
    }

    @Override
    public double price(MarketSku sku, int day, int stock, int daysToRestock) {
        Learner learner = learners.computeIfAbsent(sku.id(), id -> new Learner());
        double previous = lastPrice.getOrDefault(sku.id(), sku.list());
        double elasticity = learner.elasticity(prior, tau2);
        double unitsAtPrevious = learner.unitsAt(previous, elasticity, 10);
        BaseInput in = new BaseInput(GBP, money(sku.cost()), money(sku.list()), money(sku.floor()),
                money(sku.ceiling()), new BigDecimal("0.05"), new BigDecimal("0.01"),
                new DemandCurve(previous, unitsAtPrevious, elasticity), stock, null, money(previous));
        double base = optimizer.optimize(in, rules).price().doubleValue();
        double step = day < exploreDays ? dither * 2 : dither;
        double explored = base * (1 + (day % 2 == 0 ? step : -step));
        double lowest = Math.ceil(sku.floor() * 100) / 100;
        double price = Math.max(lowest, Math.min(Math.floor(sku.ceiling() * 100) / 100,
                Math.round(explored * 100) / 100.0));
        lastPrice.put(sku.id(), base);
        return price;
    }

    @Override
    public void observe(MarketSku sku, int day, double price, int sold, boolean stockedOut) {
        if (!stockedOut) {
            learners.computeIfAbsent(sku.id(), id -> new Learner()).add(Math.log(price), Math.log(sold + 0.5));
        }
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    /** Running sums for a one-variable OLS. */
    private static final class Learner {
        private double n;
        private double sx;
        private double sy;
        private double sxx;
        private double sxy;
        private double syy;

        void add(double x, double y) {
            n++;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            syy += y * y;
        }

        double elasticity(double prior, double tau2) {
            double vx = sxx - sx * sx / n;
            if (n < 5 || vx < 1e-6) {
                return prior;
            }
            double slope = (sxy - sx * sy / n) / vx;
            double rss = Math.max(0, (syy - sy * sy / n) - slope * slope * vx);
            double se2 = rss / (n - 2) / vx;
            double w = tau2 / (tau2 + se2);
            return Math.max(-6, Math.min(-1.05, w * slope + (1 - w) * prior));
        }

        double unitsAt(double price, double elasticity, double fallback) {
            if (n < 1) {
                return fallback;
            }
            double intercept = (sy - elasticity * sx) / n;
            return Math.max(0, Math.exp(intercept + elasticity * Math.log(price)) - 0.5);
        }
    }
}
