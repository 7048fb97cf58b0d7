package dev.priceflow.infra.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Picks the demo catalogue from the sale lines; every rule here is restated in demo-data/README.md. */
final class Catalogue {

    static final String CURRENCY = "GBP";
    /** The data has no costs: unit cost = this share of the lowest price ever charged for the product. */
    static final BigDecimal COST_SHARE_OF_LOWEST_PRICE = new BigDecimal("0.60");
    static final int MIN_STOCK = 5;
    static final int MAX_STOCK = 500;

    private Catalogue() {
    }

    /**
     * The {@code size} products with the most distinct sale invoices (ties: SKU ascending), in that rank order.
     * Stock is drawn in rank order from {@code random}, uniform in [MIN_STOCK, MAX_STOCK].
     */
    static List<ProductRow> bestSellers(List<SaleLine> sales, int size, Random random) {
        Map<String, Stats> bySku = new HashMap<>();
        for (SaleLine line : sales) {
            bySku.computeIfAbsent(line.sku(), k -> new Stats()).add(line);
        }
        return bySku.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Stats>>comparingInt(e -> -e.getValue().invoices.size())
                        .thenComparing(Map.Entry::getKey))
                .limit(size)
                .map(e -> e.getValue().toProduct(e.getKey(), random))
                .toList();
    }

    /** Money is rounded once, here: HALF_EVEN to pennies. */
    static BigDecimal pennies(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** Invoice count of the {@code rank}-th best seller (1-based), for the README's note on the cut. */
    static int invoicesAtRank(List<SaleLine> sales, int rank) {
        Map<String, Set<String>> invoices = new HashMap<>();
        sales.forEach(l -> invoices.computeIfAbsent(l.sku(), k -> new HashSet<>()).add(l.invoiceNo()));
        return invoices.values().stream().map(Set::size).sorted(Comparator.reverseOrder())
                .skip(rank - 1L).findFirst().orElse(0);
    }

    private static final class Stats {
        final Set<String> invoices = new HashSet<>();
        final Map<String, Integer> descriptions = new HashMap<>();
        final Map<BigDecimal, Integer> prices = new HashMap<>();
        BigDecimal lowestPrice;

        void add(SaleLine line) {
            invoices.add(line.invoiceNo());
            descriptions.merge(line.description(), 1, Integer::sum);
            prices.merge(pennies(line.unitPrice()), 1, Integer::sum);
            if (lowestPrice == null || line.unitPrice().compareTo(lowestPrice) < 0) {
                lowestPrice = line.unitPrice();
            }
        }

        ProductRow toProduct(String sku, Random random) {
            // most common description (ties: alphabetically first); modal price per line (ties: the lower)
            String name = mode(descriptions, Comparator.naturalOrder());
            BigDecimal listPrice = mode(prices, Comparator.naturalOrder());
            BigDecimal unitCost = pennies(lowestPrice.multiply(COST_SHARE_OF_LOWEST_PRICE));
            int stock = MIN_STOCK + random.nextInt(MAX_STOCK - MIN_STOCK + 1);
            return new ProductRow(sku, name, Categories.of(name), CURRENCY, listPrice, unitCost, stock);
        }

        private static <T> T mode(Map<T, Integer> counts, Comparator<T> tieBreak) {
            return counts.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<T, Integer>>comparingInt(e -> -e.getValue())
                            .thenComparing(Map.Entry::getKey, tieBreak))
                    .findFirst().orElseThrow().getKey();
        }
    }
}
