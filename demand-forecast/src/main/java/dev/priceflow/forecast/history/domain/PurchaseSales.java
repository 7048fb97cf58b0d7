package dev.priceflow.forecast.history.domain;

import dev.priceflow.contracts.events.PurchaseCompleted;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a purchase into daily sales: day = occurredAt in UTC, revenue = quantity × unit price (rounded once
 * per SKU and day with {@link MoneyRule}), promotion units = the quantity of lines flagged onPromotion.
 * Lines of the same SKU are merged. Money must be in the shop currency.
 */
public final class PurchaseSales {

    private final String currency;

    public PurchaseSales(String currency) {
        this.currency = currency;
    }

    public Result of(PurchaseCompleted purchase) {
        LocalDate day = purchase.occurredAt().atOffset(ZoneOffset.UTC).toLocalDate();
        Map<String, long[]> units = new LinkedHashMap<>();
        Map<String, BigDecimal> revenue = new LinkedHashMap<>();
        for (PurchaseCompleted.Line line : purchase.lines()) {
            if (!currency.equals(line.unitPrice().currency())) {
                return new Result.Refused("line " + line.sku() + " is priced in " + line.unitPrice().currency()
                        + ", not the shop currency " + currency);
            }
            long[] u = units.computeIfAbsent(line.sku(), k -> new long[2]);
            u[0] += line.quantity();
            if (Boolean.TRUE.equals(line.onPromotion())) {
                u[1] += line.quantity();
            }
            revenue.merge(line.sku(), line.unitPrice().amount().multiply(BigDecimal.valueOf(line.quantity())),
                    BigDecimal::add);
        }
        List<DailySales> out = new ArrayList<>();
        units.forEach((sku, u) -> out.add(new DailySales(sku, day, u[0], MoneyRule.revenue(revenue.get(sku)), u[1])));
        return new Result.Sales(out);
    }

    public sealed interface Result {
        record Sales(List<DailySales> rows) implements Result {
        }

        record Refused(String reason) implements Result {
        }
    }
}
