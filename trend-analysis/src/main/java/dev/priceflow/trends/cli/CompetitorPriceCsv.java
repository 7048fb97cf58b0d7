package dev.priceflow.trends.cli;

import dev.priceflow.trends.application.ObservationInput;
import dev.priceflow.trends.application.ObservationRules;
import dev.priceflow.trends.domain.CatalogueEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Reads a competitor price file into observations, collecting every bad line with its number. Two formats,
 * told apart by the header:
 * <ul>
 *   <li>native: {@code sku,competitor,price,currency,observedAt} (ISO-8601 instant), taken as is;</li>
 *   <li>retail-price ({@code product_id,product_category_name,month_year,...,comp_1,...,comp_3,...}): each row
 *       gives up to three competitors. Product ids are mapped to our SKUs by {@code skuMap}; the dataset's prices
 *       are in another shop's currency and range, so only the ratio comp_k / unit_price is kept and applied to
 *       our list price: price = our list price × comp_k ÷ unit_price, HALF_EVEN to the currency's minor unit.
 *       observedAt = the month's first day, 00:00 UTC; competitor = {@code retail-price-comp_k}.</li>
 * </ul>
 */
final class CompetitorPriceCsv {

    static final String NATIVE_HEADER = "sku,competitor,price,currency,observedAt";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] COMPETITORS = {"comp_1", "comp_2", "comp_3"};

    record Result(List<ObservationInput> observations, List<String> errors) {
    }

    private CompetitorPriceCsv() {
    }

    static boolean isRetailPrice(String header) {
        return header.startsWith("product_id,product_category_name,month_year");
    }

    static Result read(List<String> lines, Map<String, String> skuMap, Map<String, CatalogueEntry> catalogue,
                       Clock clock) {
        List<ObservationInput> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        if (lines.isEmpty()) {
            errors.add("line 1: the file is empty");
            return new Result(out, errors);
        }
        String header = strip(lines.getFirst());
        boolean retail = isRetailPrice(header);
        if (!retail && !header.equals(NATIVE_HEADER)) {
            errors.add("line 1: unknown header; expected '" + NATIVE_HEADER + "' or the retail-price header");
            return new Result(out, errors);
        }
        List<String> columns = Arrays.asList(header.split(",", -1));
        if (retail && !columns.containsAll(List.of("unit_price", "comp_1", "comp_2", "comp_3"))) {
            errors.add("line 1: the retail-price header needs unit_price, comp_1, comp_2 and comp_3");
            return new Result(out, errors);
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = strip(lines.get(i));
            if (line.isBlank()) {
                continue;
            }
            String at = "line " + (i + 1) + ": ";
            String[] cells = line.split(",", -1);
            if (cells.length != columns.size()) {
                errors.add(at + "expected " + columns.size() + " fields, found " + cells.length);
                continue;
            }
            List<ObservationInput> rows = new ArrayList<>();
            if (retail) {
                retailRow(cells, columns, skuMap, catalogue, at, rows, errors);
            } else {
                rows.add(new ObservationInput(cells[0], cells[1], cells[2], cells[3], cells[4]));
            }
            for (ObservationInput row : rows) {
                ObservationRules.violations(row, "", clock)
                        .forEach(e -> errors.add(at + e.field() + " " + e.message()));
            }
            out.addAll(rows);
        }
        if (out.isEmpty() && errors.isEmpty()) {
            errors.add("line 2: the file has no observations");
        }
        return new Result(out, errors);
    }

    private static void retailRow(String[] cells, List<String> columns, Map<String, String> skuMap,
                                  Map<String, CatalogueEntry> catalogue, String at, List<ObservationInput> rows,
                                  List<String> errors) {
        String productId = cells[columns.indexOf("product_id")];
        String sku = skuMap.get(productId);
        if (sku == null) {
            errors.add(at + "product_id '" + productId + "' has no SKU in the SKU map");
            return;
        }
        CatalogueEntry ours = catalogue.get(sku);
        if (ours == null || ours.listPrice() == null || ours.listPrice().signum() <= 0) {
            errors.add(at + "SKU " + sku + " (product_id " + productId + ") has no list price in our catalogue");
            return;
        }
        String observedAt;
        try {
            observedAt = LocalDate.parse(cells[columns.indexOf("month_year")], MONTH).atStartOfDay(ZoneOffset.UTC)
                    .toInstant().toString();
        } catch (DateTimeParseException e) {
            errors.add(at + "month_year must be DD/MM/YYYY");
            return;
        }
        BigDecimal unit = decimal(cells[columns.indexOf("unit_price")], "unit_price", at, errors);
        int minor = Currency.getInstance(ours.currency()).getDefaultFractionDigits();
        for (String comp : COMPETITORS) {
            BigDecimal theirs = decimal(cells[columns.indexOf(comp)], comp, at, errors);
            if (unit != null && theirs != null) {
                BigDecimal price = ours.listPrice().multiply(theirs).divide(unit, minor, RoundingMode.HALF_EVEN);
                rows.add(new ObservationInput(sku, "retail-price-" + comp, price.toPlainString(), ours.currency(),
                        observedAt));
            }
        }
    }

    private static BigDecimal decimal(String text, String column, String at, List<String> errors) {
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.signum() > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(at + column + " must be a positive number, got '" + text + "'");
        return null;
    }

    private static String strip(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
