package dev.priceflow.infra.demo;

import java.math.BigDecimal;
import java.util.List;

/** One row of demo-data/products.csv: a catalogue entry in GBP, money with two decimals. */
public record ProductRow(String sku, String name, String category, String currency, BigDecimal listPrice,
                         BigDecimal unitCost, int stock) {

    public static final String HEADER = "sku,name,category,currency,listPrice,unitCost,stock";

    String toCsv() {
        return Csv.line(sku, name, category, currency, listPrice.toPlainString(), unitCost.toPlainString(), stock);
    }

    static ProductRow fromCsv(List<String> f) {
        return new ProductRow(f.get(0), f.get(1), f.get(2), f.get(3), new BigDecimal(f.get(4)),
                new BigDecimal(f.get(5)), Integer.parseInt(f.get(6)));
    }
}
