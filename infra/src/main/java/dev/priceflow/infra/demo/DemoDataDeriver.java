package dev.priceflow.infra.demo;

import dev.priceflow.contracts.events.EventValidator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Derives the committed demo data (infra/demo-data) from the UCI Online Retail transactions. Reproducible: the
 * same source file gives byte-identical output (seeded random, sorted output, no clock).
 * <p>Usage: {@code DemoDataDeriver [transactions.csv.gz] [output-dir]}; defaults are found from the repository
 * root or the infra directory.
 */
public final class DemoDataDeriver {

    static final long SEED = 20_111_209L;
    static final int PRODUCTS = 300;
    static final int OTHER_CUSTOMERS = 50;

    private DemoDataDeriver() {
    }

    public static void main(String[] args) throws IOException {
        Path source = args.length > 0 ? Path.of(args[0])
                : DemoPaths.firstExisting("../shared/data/online-retail/transactions.csv.gz",
                        "../../shared/data/online-retail/transactions.csv.gz");
        Path out = args.length > 1 ? Path.of(args[1]) : DemoPaths.demoDataDir();
        Derived d = derive(source);
        Files.createDirectories(out);
        write(out.resolve("products.csv"), ProductRow.HEADER, d.products(), ProductRow::toCsv);
        write(out.resolve("customers.csv"), CustomerRow.HEADER, d.customers(), CustomerRow::toCsv);
        write(out.resolve("purchases.csv"), PurchaseRow.HEADER, d.purchases(), PurchaseRow::toCsv);
        Files.writeString(out.resolve("README.md"), DemoReadme.render(d));
        System.out.printf("demo-data: %d products, %d customers, %d purchase lines in %d invoices -> %s%n",
                d.products().size(), d.customers().size(), d.purchases().size(), d.invoices(), out.toAbsolutePath());
    }

    /** Everything the README reports, next to the rows themselves. */
    record Derived(long sourceRows, int saleLines, int invoicesAtCut, int invoicesAfterCut,
                   List<ProductRow> products, List<CustomerRow> customers, List<PurchaseRow> purchases,
                   double aliceBobCosine, double alicePaidToList, double bobPaidToList) {

        long invoices() {
            return purchases.stream().map(p -> p.userId() + "/" + p.invoiceNo()).distinct().count();
        }
    }

    static Derived derive(Path source) throws IOException {
        List<SaleLine> sales = new ArrayList<>();
        long rows = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(source)), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (!Csv.parse(header).equals(SaleLine.HEADER)) {
                throw new IllegalArgumentException("unexpected header in " + source + ": " + header);
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rows++;
                SaleLine.parse(Csv.parse(line)).ifPresent(sales::add);
            }
        }
        Random random = new Random(SEED);
        List<ProductRow> products = Catalogue.bestSellers(sales, PRODUCTS, random);
        Map<String, String> categoryBySku = products.stream()
                .collect(Collectors.toMap(ProductRow::sku, ProductRow::category));
        List<SaleLine> shopperLines = sales.stream()
                .filter(l -> l.customerId() != null && categoryBySku.containsKey(l.sku())
                        && l.quantity() <= EventValidator.MAX_QUANTITY)
                .toList();
        Shoppers.Selection picked = Shoppers.pick(shopperLines, categoryBySku, products.stream()
                .collect(Collectors.toMap(ProductRow::sku, ProductRow::listPrice)), OTHER_CUSTOMERS, random);
        Map<String, String> userByCustomer = picked.customers().stream()
                .collect(Collectors.toMap(CustomerRow::sourceCustomerId, CustomerRow::userId));
        List<PurchaseRow> purchases = shopperLines.stream()
                .filter(l -> userByCustomer.containsKey(l.customerId()))
                .map(l -> new PurchaseRow(userByCustomer.get(l.customerId()), l.invoiceNo(),
                        l.invoiceDate().atZone(SaleLine.SHOP_ZONE).toInstant(), l.sku(), l.quantity(),
                        Catalogue.pennies(l.unitPrice())))
                .sorted(Comparator.comparing(PurchaseRow::invoiceDate).thenComparing(PurchaseRow::invoiceNo))
                .toList();
        return new Derived(rows, sales.size(), Catalogue.invoicesAtRank(sales, PRODUCTS),
                Catalogue.invoicesAtRank(sales, PRODUCTS + 1), products, picked.customers(), purchases,
                picked.aliceBobCosine(), picked.alicePaidToList(), picked.bobPaidToList());
    }

    private static <T> void write(Path file, String header, List<T> rows, Function<T, String> csv)
            throws IOException {
        List<String> lines = new ArrayList<>(rows.size() + 1);
        lines.add(header);
        rows.forEach(r -> lines.add(csv.apply(r)));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
