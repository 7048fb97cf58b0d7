package dev.priceflow.infra.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One row of demo-data/purchases.csv: a purchase line of a demo user, invoice time in UTC, price in GBP. */
public record PurchaseRow(String userId, String invoiceNo, Instant invoiceDate, String sku, int quantity,
                          BigDecimal unitPrice) {

    public static final String HEADER = "userId,invoiceNo,invoiceDate,sku,quantity,unitPrice";

    String toCsv() {
        return Csv.line(userId, invoiceNo, invoiceDate, sku, quantity, unitPrice.toPlainString());
    }

    static PurchaseRow fromCsv(List<String> f) {
        return new PurchaseRow(f.get(0), f.get(1), Instant.parse(f.get(2)), f.get(3), Integer.parseInt(f.get(4)),
                new BigDecimal(f.get(5)));
    }
}
