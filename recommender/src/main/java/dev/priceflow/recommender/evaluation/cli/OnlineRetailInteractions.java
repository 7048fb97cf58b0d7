package dev.priceflow.recommender.evaluation.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Derives an interactions CSV from the UCI Online Retail {@code transactions.csv(.gz)}: sale lines only
 * (quantity > 0, unit price > 0, invoice not 'C…'), a customer id, and a merchandise stock code (5 digits plus
 * optional letters; POST, M, DOT… dropped). One row per (customer, stock code): rating = number of distinct
 * invoices with it, timestamp = first purchase (epoch seconds, invoice time read as UTC).
 */
final class OnlineRetailInteractions {

    private static final Pattern PRODUCT = Pattern.compile("\\d{5}[A-Za-z]*");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private record Acc(Set<String> invoices, long first) {
    }

    private OnlineRetailInteractions() {
    }

    /** Returns the number of rows written. */
    static int derive(Path transactions, Path out) throws IOException {
        Map<String, Map<String, Acc>> byCustomer = new TreeMap<>();
        try (InputStream raw = Files.newInputStream(transactions);
             InputStream in = transactions.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                List<String> f = csv(line);
                if (f.size() < 8) {
                    continue;
                }
                String invoice = f.get(0);
                String sku = f.get(1);
                String customer = f.get(6).replace(".0", "");
                if (invoice.startsWith("C") || customer.isEmpty() || !PRODUCT.matcher(sku).matches()) {
                    continue;
                }
                double quantity = Double.parseDouble(f.get(3));
                double price = Double.parseDouble(f.get(5));
                if (quantity <= 0 || price <= 0) {
                    continue;
                }
                long at = LocalDateTime.parse(f.get(4), TIME).toEpochSecond(ZoneOffset.UTC);
                byCustomer.computeIfAbsent(customer, k -> new TreeMap<>()).merge(sku.toUpperCase(),
                        new Acc(new HashSet<>(Set.of(invoice)), at),
                        (a, b) -> {
                            a.invoices().addAll(b.invoices());
                            return new Acc(a.invoices(), Math.min(a.first(), b.first()));
                        });
            }
        }
        int rows = 0;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println("user,item,rating,timestamp");
            for (var c : byCustomer.entrySet()) {
                for (var s : c.getValue().entrySet()) {
                    w.println(c.getKey() + "," + s.getKey() + "," + s.getValue().invoices().size() + ","
                            + s.getValue().first());
                    rows++;
                }
            }
        }
        return rows;
    }

    /** RFC-4180 fields of one line (quotes around fields with commas, doubled quotes inside). */
    static List<String> csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
