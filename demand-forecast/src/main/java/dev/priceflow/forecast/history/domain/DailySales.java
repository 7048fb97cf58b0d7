package dev.priceflow.forecast.history.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Sales of one SKU on one UTC day: units sold, revenue in the shop currency (2 places, HALF_EVEN) and how
 * many of those units were sold on promotion. The average paid price is derived, never stored.
 */
public record DailySales(String sku, LocalDate day, long units, BigDecimal revenue, long promoUnits) {

    public DailySales {
        if (units < 0 || promoUnits < 0 || promoUnits > units) {
            throw new IllegalArgumentException("units must be >= 0 and promoUnits within [0, units]");
        }
        if (revenue == null || revenue.signum() < 0) {
            throw new IllegalArgumentException("revenue must be >= 0");
        }
    }

    /** revenue / units, or empty when nothing was sold. */
    public java.util.Optional<BigDecimal> averagePaidPrice() {
        return units == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(revenue.divide(BigDecimal.valueOf(units), 4, java.math.RoundingMode.HALF_EVEN));
    }

    public boolean onPromotion() {
        return promoUnits > 0;
    }
}
