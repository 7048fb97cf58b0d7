package dev.priceflow.infra.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** The three demo CSVs, read and checked (header, column count) from a directory. */
public record DemoData(List<ProductRow> products, List<CustomerRow> customers, List<PurchaseRow> purchases) {

    public static DemoData read(Path dir) {
        return new DemoData(
                rows(dir.resolve("products.csv"), ProductRow.HEADER, ProductRow::fromCsv),
                rows(dir.resolve("customers.csv"), CustomerRow.HEADER, CustomerRow::fromCsv),
                rows(dir.resolve("purchases.csv"), PurchaseRow.HEADER, PurchaseRow::fromCsv));
    }

    private static <T> List<T> rows(Path file, String header, Function<List<String>, T> parse) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
        if (lines.isEmpty() || !lines.getFirst().equals(header)) {
            throw new IllegalArgumentException(file + ": expected header '" + header + "'");
        }
        int columns = header.split(",").length;
        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(line -> {
            List<String> fields = Csv.parse(line);
            if (fields.size() != columns) {
                throw new IllegalArgumentException(file + ": expected " + columns + " columns in: " + line);
            }
            try {
                return parse.apply(fields);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + ": bad row '" + line + "': " + e.getMessage(), e);
            }
        }).toList();
    }
}
