package dev.priceflow.pricing.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Guardrails every price obeys. A discount may not take a price below the margin floor
 * ({@code unitCost * (1 + minMargin)}) nor below {@code minimumPrice}.
 */
public record PricePolicy(BigDecimal minMargin, BigDecimal minimumPrice) {

    public PricePolicy {
        Objects.requireNonNull(minMargin, "minMargin");
        Objects.requireNonNull(minimumPrice, "minimumPrice");
        if (minMargin.signum() < 0) {
            throw new IllegalArgumentException("minMargin must not be negative, got " + minMargin);
        }
        if (minimumPrice.signum() <= 0) {
            throw new IllegalArgumentException("minimumPrice must be positive, got " + minimumPrice);
        }
    }

    /** The margin floor for a product, before it is raised to a whole minor unit. */
    public BigDecimal marginFloor(Product product) {
        return product.unitCost().multiply(BigDecimal.ONE.add(minMargin));
    }
}
