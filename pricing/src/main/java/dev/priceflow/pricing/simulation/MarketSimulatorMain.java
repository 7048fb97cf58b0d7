package dev.priceflow.pricing.simulation;

import dev.priceflow.pricing.optimize.domain.StockRule;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./priceflow eval-pricing [--seed N] [--skus N] [--days N]}: runs the seeded market simulation and prints
 * profit and revenue of Priceflow's learning engine, the static list price, cost-plus and an oracle that knows
 * the true demand, the engine's share of oracle profit and its lift over the static list price, and how many
 * prices fell below the floor. Exit code 0; 3 when any engine price was below the floor.
 */
public final class MarketSimulatorMain {

    private MarketSimulatorMain() {
    }

    public static void main(String[] args) {
        long seed = 42;
        int skus = 40;
        int days = 120;
        double dither = 0.02;
        int exploreDays = 14;
        double scarcityDays = 7;
        double tau2 = 1.0;
        double stockMax = 20;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--skus" -> skus = Integer.parseInt(args[i + 1]);
                case "--days" -> days = Integer.parseInt(args[i + 1]);
                case "--dither" -> dither = Double.parseDouble(args[i + 1]);
                case "--explore-days" -> exploreDays = Integer.parseInt(args[i + 1]);
                case "--scarcity-days" -> scarcityDays = Double.parseDouble(args[i + 1]);
                case "--tau2" -> tau2 = Double.parseDouble(args[i + 1]);
                case "--stock-max-percent" -> stockMax = Double.parseDouble(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (use --seed, --skus, --days, --dither, --explore-days, --scarcity-days)");
            }
        }
        MarketSimulation market = new MarketSimulation(seed, skus, days, 7, 0.15);
        List<MarketSimulation.Result> results = List.of(
                market.run(new EngineStrategy(new StockRule(60, scarcityDays, stockMax), -2.0, tau2, exploreDays, dither)),
                market.run(PricingStrategy.staticList()),
                market.run(PricingStrategy.costPlus(0.4)),
                market.run(new PricingStrategy.Oracle()));
        MarketSimulation.Result engine = results.get(0);
        MarketSimulation.Result list = results.get(1);
        MarketSimulation.Result oracle = results.get(3);
        System.out.printf(Locale.ROOT, "Market simulation: seed %d, %d SKUs, %d days, restock every 7 days, "
                + "3 shopper segments per SKU, day shock sigma 0.15%n%n", seed, skus, days);
        System.out.printf(Locale.ROOT, "| %-28s | %12s | %12s | %9s | %11s | %10s |%n", "strategy", "profit",
                "revenue", "units", "below floor", "stock-outs");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (MarketSimulation.Result r : results) {
            System.out.printf(Locale.ROOT, "| %-28s | %12.2f | %12.2f | %9d | %11d | %10d |%n", r.strategy(),
                    r.profit(), r.revenue(), r.units(), r.belowFloor(), r.stockOuts());
        }
        double share = engine.profit() / oracle.profit();
        double lift = engine.profit() / list.profit() - 1;
        System.out.printf(Locale.ROOT, "%nengine / oracle profit: %.1f %% (target >= 95 %%: %s)%n", share * 100,
                share >= 0.95 ? "met" : "NOT met");
        System.out.printf(Locale.ROOT, "engine vs static list profit: %+.1f %% (target >= +8 %%: %s)%n", lift * 100,
                lift >= 0.08 ? "met" : "NOT met");
        System.out.printf(Locale.ROOT, "engine prices below floor: %d (must be 0)%n", engine.belowFloor());
        if (engine.belowFloor() > 0) {
            System.exit(3);
        }
    }
}
