package dev.priceflow.pricing.simulation;

/** A way to set each day's price of a simulated SKU; it may learn from the sales it observes. */
interface PricingStrategy {

    String name();

    /** The price for {@code day}, knowing the stock left and the days until the next restock. */
    double price(MarketSku sku, int day, int stock, int daysToRestock);

    /** What was sold at that price (censored by stock: {@code sold <= stock}). */
    default void observe(MarketSku sku, int day, double price, int sold, boolean stockedOut) {
    }

    static PricingStrategy staticList() {
        return new Fixed("static list price", (sku) -> sku.list());
    }

    static PricingStrategy costPlus(double markup) {
        return new Fixed("cost-plus " + Math.round(markup * 100) + " %",
                (sku) -> Math.max(sku.floor(), Math.min(sku.ceiling(), sku.cost() * (1 + markup))));
    }

    record Fixed(String name, java.util.function.ToDoubleFunction<MarketSku> rule) implements PricingStrategy {
        @Override
        public double price(MarketSku sku, int day, int stock, int daysToRestock) {
            return Math.round(rule.applyAsDouble(sku) * 100) / 100.0;
        }
    }

    /** Knows the true expected demand: maximizes expected profit given the stock to spread until restock. */
    record Oracle() implements PricingStrategy {
        @Override
        public String name() {
            return "oracle (true demand)";
        }

        @Override
        public double price(MarketSku sku, int day, int stock, int daysToRestock) {
            double perDay = (double) stock / daysToRestock;
            double best = dev.priceflow.pricing.optimize.domain.GoldenSection.maximize(
                    p -> (p - sku.cost()) * Math.min(sku.expectedDemand(p), perDay), sku.floor(), sku.ceiling(), 1e-6);
            return Math.ceil(best * 100) / 100.0;
        }
    }
}
