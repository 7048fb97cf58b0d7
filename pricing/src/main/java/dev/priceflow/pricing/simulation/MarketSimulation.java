package dev.priceflow.pricing.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded market: {@code skus} products, {@code days} days, stock topped up to each SKU's restock level every
 * {@code restockEvery} days, sales censored by stock. Every strategy meets the same products and the same random
 * stream per SKU (common random numbers), so differences come from prices, not luck.
 */
final class MarketSimulation {

    record Result(String strategy, double profit, double revenue, long units, long belowFloor, long stockOuts) {
    }

    private final List<MarketSku> skus;
    private final int days;
    private final int restockEvery;
    private final long seed;
    private final double shockSigma;

    MarketSimulation(long seed, int skuCount, int days, int restockEvery, double shockSigma) {
        SplittableRandom random = new SplittableRandom(seed);
        List<MarketSku> list = new ArrayList<>();
        for (int i = 0; i < skuCount; i++) {
            list.add(MarketSku.random(i, random));
        }
        this.skus = List.copyOf(list);
        this.days = days;
        this.restockEvery = restockEvery;
        this.seed = seed;
        this.shockSigma = shockSigma;
    }

    List<MarketSku> skus() {
        return skus;
    }

    Result run(PricingStrategy strategy) {
        double profit = 0;
        double revenue = 0;
        long units = 0;
        long belowFloor = 0;
        long stockOuts = 0;
        for (MarketSku sku : skus) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + sku.id());
            int stock = 0;
            for (int day = 0; day < days; day++) {
                if (day % restockEvery == 0) {
                    stock = (int) Math.max(stock, sku.restock());
                }
                int daysToRestock = restockEvery - day % restockEvery;
                double price = strategy.price(sku, day, stock, daysToRestock);
                if (price < Math.ceil(sku.floor() * 100) / 100 - 1e-9) {
                    belowFloor++;
                }
                int wanted = sku.demand(price, random, shockSigma);
                int sold = Math.min(wanted, stock);
                boolean stockedOut = wanted >= stock;
                stockOuts += stockedOut ? 1 : 0;
                stock -= sold;
                strategy.observe(sku, day, price, sold, stockedOut);
                units += sold;
                revenue += price * sold;
                profit += (price - sku.cost()) * sold;
            }
        }
        return new Result(strategy.name(), profit, revenue, units, belowFloor, stockOuts);
    }
}
