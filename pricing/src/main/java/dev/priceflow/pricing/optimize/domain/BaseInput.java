package dev.priceflow.pricing.optimize.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * Everything the optimizer needs for one SKU on one day. {@code floor}, {@code ceiling},
 * {@code competitorLowest} and {@code previousBase} may be null (no SKU floor/ceiling, no competitor price
 * known, no base stored for an earlier day). {@code minMargin} is a fraction (0.05 = 5 %).
 */
public record BaseInput(Currency currency, BigDecimal unitCost, BigDecimal listPrice, BigDecimal floor,
                        BigDecimal ceiling, BigDecimal minMargin, BigDecimal minimumPrice, DemandCurve demand,
                        int stock, BigDecimal competitorLowest, BigDecimal previousBase) {

    public BaseInput {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(unitCost, "unitCost");
        Objects.requireNonNull(listPrice, "listPrice");
        Objects.requireNonNull(minMargin, "minMargin");
        Objects.requireNonNull(minimumPrice, "minimumPrice");
        Objects.requireNonNull(demand, "demand");
        if (unitCost.signum() < 0 || listPrice.signum() <= 0 || minMargin.signum() < 0 || minimumPrice.signum() <= 0
                || stock < 0) {
            throw new IllegalArgumentException("cost, margin >= 0; list and minimum price > 0; stock >= 0");
        }
    }
}
