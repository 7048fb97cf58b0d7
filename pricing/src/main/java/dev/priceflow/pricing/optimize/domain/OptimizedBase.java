package dev.priceflow.pricing.optimize.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The optimized base price (at the currency's minor unit), the hard limits it was clamped to, and the
 * human-readable reasons of each adjustment, in order.
 */
public record OptimizedBase(BigDecimal price, BigDecimal lowest, BigDecimal highest, List<String> reasons) {

    public OptimizedBase {
        reasons = List.copyOf(reasons);
    }

    public String explanation() {
        return String.join("; ", reasons);
    }
}
