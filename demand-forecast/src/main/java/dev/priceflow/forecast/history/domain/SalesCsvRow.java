package dev.priceflow.forecast.history.domain;

import dev.priceflow.contracts.Sku;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parses and checks one data row of the sales CSV: SKU, ISO day, units ≥ 0, revenue ≥ 0, optional promotion flag. */
final class SalesCsvRow {

    private SalesCsvRow() {
    }

    static Parsed parse(String line, int columns) {
        if (line.isBlank()) {
            return new Parsed.Bad("empty line");
        }
        String[] f = line.split(",", -1);
        if (f.length != columns) {
            return new Parsed.Bad("expected " + columns + " comma-separated fields, found " + f.length);
        }
        String sku = f[0].strip();
        if (!Sku.isWellFormed(sku)) {
            return new Parsed.Bad("malformed SKU '" + abbreviate(sku) + "' (1-32 of A-Z, 0-9, '-', '_')");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(f[1].strip());
        } catch (DateTimeParseException e) {
            return new Parsed.Bad("day '" + abbreviate(f[1]) + "' is not an ISO date (yyyy-MM-dd)");
        }
        String unitsText = f[2].strip();
        if (unitsText.isEmpty()) {
            return new Parsed.Bad("units is empty");
        }
        if (!unitsText.matches("-?[0-9]{1,15}")) {
            return new Parsed.Bad("units '" + abbreviate(unitsText) + "' is not a whole number");
        }
        long units = Long.parseLong(unitsText);
        if (units < 0) {
            return new Parsed.Bad("units must not be negative (" + units + ")");
        }
        String revenueText = f[3].strip();
        if (revenueText.isEmpty()) {
            return new Parsed.Bad("revenue is empty");
        }
        if (!revenueText.matches("-?[0-9]{1,15}(\\.[0-9]{1,10})?")) {
            return new Parsed.Bad("revenue '" + abbreviate(revenueText) + "' is not a decimal number");
        }
        BigDecimal revenue = MoneyRule.revenue(new BigDecimal(revenueText));
        if (revenue.signum() < 0) {
            return new Parsed.Bad("revenue must not be negative (" + revenueText + ")");
        }
        if (revenue.compareTo(MoneyRule.MAX_REVENUE) > 0) {
            return new Parsed.Bad("revenue " + revenueText + " is too large");
        }
        if (units == 0 && revenue.signum() > 0) {
            return new Parsed.Bad("revenue " + revenueText + " without any units sold");
        }
        boolean promo = false;
        if (columns == 5) {
            String flag = f[4].strip().toLowerCase(Locale.ROOT);
            switch (flag) {
                case "true", "1", "yes" -> promo = true;
                case "false", "0", "no", "" -> promo = false;
                default -> {
                    return new Parsed.Bad("onPromotion '" + abbreviate(f[4]) + "' must be true or false");
                }
            }
        }
        return new Parsed.Good(new DailySales(sku, day, units, revenue, promo ? units : 0));
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    sealed interface Parsed {
        record Good(DailySales row) implements Parsed {
        }

        record Bad(String reason) implements Parsed {
        }
    }
}
