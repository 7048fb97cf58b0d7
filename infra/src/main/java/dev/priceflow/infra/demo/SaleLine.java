package dev.priceflow.infra.demo;

import dev.priceflow.contracts.Sku;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One merchandise sale line of the UCI Online Retail file, already filtered and normalised:
 * {@code sku} is the StockCode upper-cased, {@code customerId} drops the source's ".0" suffix (null when empty).
 */
record SaleLine(String invoiceNo, String sku, String description, int quantity, LocalDateTime invoiceDate,
                BigDecimal unitPrice, String customerId) {

    /** Invoice dates are the shop's local time (a UK retailer). */
    static final ZoneId SHOP_ZONE = ZoneId.of("Europe/London");
    static final List<String> HEADER =
            List.of("InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID",
                    "Country");

    /** A sale invoice is six digits: 'C…' are cancellations, 'A…' bad-debt adjustments. */
    private static final Pattern SALE_INVOICE = Pattern.compile("\\d{6}");
    /**
     * A product code is five digits, optionally followed by letters. This drops every non-product code in the
     * data: POST, DOT, M, D, C2, S, B, PADS, CRUK, BANK CHARGES, AMAZONFEE, DCGS…, gift_0001_….
     */
    private static final Pattern PRODUCT_CODE = Pattern.compile("\\d{5}[A-Z]*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final DateTimeFormatter SOURCE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Parses a source row; empty when it is not a merchandise sale (see the rules in demo-data/README.md). */
    static Optional<SaleLine> parse(List<String> f) {
        if (f.size() != HEADER.size()) {
            throw new IllegalArgumentException("expected " + HEADER.size() + " columns, got " + f.size() + ": " + f);
        }
        String invoice = f.get(0);
        String sku = f.get(1).trim().toUpperCase(Locale.ROOT);
        String description = WHITESPACE.matcher(f.get(2).trim()).replaceAll(" ");
        int quantity = Integer.parseInt(f.get(3));
        BigDecimal price = new BigDecimal(f.get(5));
        if (!SALE_INVOICE.matcher(invoice).matches() || !PRODUCT_CODE.matcher(sku).matches()
                || !Sku.isWellFormed(sku) || description.isEmpty() || quantity <= 0 || price.signum() <= 0) {
            return Optional.empty();
        }
        LocalDateTime at = LocalDateTime.parse(f.get(4), SOURCE_TIME);
        return Optional.of(new SaleLine(invoice, sku, description, quantity, at, price, customerId(f.get(6))));
    }

    private static String customerId(String raw) {
        if (raw.isBlank()) {
            return null;
        }
        return raw.endsWith(".0") ? raw.substring(0, raw.length() - 2) : raw;
    }
}
