package dev.priceflow.pricing.whatif.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The arithmetic of a simulation: per SKU and day {@code revenue = units x price} and
 * {@code margin = revenue - units x unitCost}, summed per day and in total, exactly; then rounded once, here:
 * money HALF_EVEN to the currency's minor unit (the pricing rounding rule), units HALF_EVEN to 1 decimal,
 * percentages HALF_EVEN to 1 decimal (null when the current figure is 0).
 */
public record SimulationResult(LocalDate from, LocalDate to, String currency, int skus, DemandSource source,
                               Figures current, Figures proposed, Change change, List<Day> days, List<String> notes) {

    public record Figures(BigDecimal units, BigDecimal revenue, BigDecimal margin) {
        static final Figures ZERO = new Figures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        Figures plus(double units, BigDecimal price, BigDecimal unitCost) {
            BigDecimal u = BigDecimal.valueOf(units);
            BigDecimal revenue = u.multiply(price);
            return new Figures(this.units.add(u), this.revenue.add(revenue),
                    this.margin.add(revenue.subtract(u.multiply(unitCost))));
        }

        Figures rounded(Currency currency) {
            return new Figures(units.setScale(1, RoundingMode.HALF_EVEN), money(revenue, currency),
                    money(margin, currency));
        }
    }

    public record Change(BigDecimal units, BigDecimal revenue, BigDecimal margin, BigDecimal revenuePercent,
                         BigDecimal marginPercent) {
    }

    public record Day(LocalDate date, Figures current, Figures proposed) {
    }

    public static SimulationResult of(LocalDate from, LocalDate to, Currency currency, List<SkuSimulation> skus,
                                      List<String> notes) {
        Figures current = Figures.ZERO;
        Figures proposed = Figures.ZERO;
        Map<LocalDate, Figures[]> byDay = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            byDay.put(d, new Figures[] {Figures.ZERO, Figures.ZERO});
        }
        for (SkuSimulation sku : skus) {
            for (SkuDay day : sku.days()) {
                current = current.plus(day.currentUnits(), day.currentPrice(), sku.unitCost());
                proposed = proposed.plus(day.proposedUnits(), day.proposedPrice(), sku.unitCost());
                Figures[] f = byDay.get(day.date());
                f[0] = f[0].plus(day.currentUnits(), day.currentPrice(), sku.unitCost());
                f[1] = f[1].plus(day.proposedUnits(), day.proposedPrice(), sku.unitCost());
            }
        }
        List<Day> days = new ArrayList<>();
        byDay.forEach((date, f) -> days.add(new Day(date, f[0].rounded(currency), f[1].rounded(currency))));
        Change change = new Change(proposed.units().subtract(current.units()).setScale(1, RoundingMode.HALF_EVEN),
                money(proposed.revenue().subtract(current.revenue()), currency),
                money(proposed.margin().subtract(current.margin()), currency),
                percent(proposed.revenue(), current.revenue()), percent(proposed.margin(), current.margin()));
        return new SimulationResult(from, to, currency.getCurrencyCode(), skus.size(), source(skus),
                current.rounded(currency), proposed.rounded(currency), change, days, List.copyOf(notes));
    }

    static DemandSource source(List<SkuSimulation> skus) {
        boolean forecast = skus.stream().anyMatch(s -> s.source() == DemandSource.FORECAST);
        boolean fallback = skus.stream().anyMatch(s -> s.source() != DemandSource.FORECAST);
        return forecast && fallback ? DemandSource.MIXED : forecast ? DemandSource.FORECAST
                : DemandSource.DEFAULT_ELASTICITY;
    }

    private static BigDecimal percent(BigDecimal proposed, BigDecimal current) {
        if (current.signum() == 0) {
            return null;
        }
        return proposed.subtract(current).multiply(BigDecimal.valueOf(100))
                .divide(current.abs(), 1, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal money(BigDecimal amount, Currency currency) {
        return dev.priceflow.pricing.domain.Amounts.round(amount, currency);
    }
}
