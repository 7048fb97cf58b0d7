package dev.priceflow.pricing.domain;

import java.math.BigDecimal;

/**
 * A SKU's configured hard limits ({@code pricing.product} floor_price, ceiling_price, min_margin_pct; V20):
 * null fields are not set (the minimum margin then is the service default). Every final price obeys them.
 */
public record PriceLimits(BigDecimal floorPrice, BigDecimal ceilingPrice, BigDecimal minMarginPercent) {

    public static final PriceLimits NONE = new PriceLimits(null, null, null);

    public PriceLimits {
        if (floorPrice != null && floorPrice.signum() <= 0) {
            throw new IllegalArgumentException("floorPrice must be positive, got " + floorPrice);
        }
        if (ceilingPrice != null && ceilingPrice.signum() <= 0) {
            throw new IllegalArgumentException("ceilingPrice must be positive, got " + ceilingPrice);
        }
        if (minMarginPercent != null && minMarginPercent.signum() < 0) {
            throw new IllegalArgumentException("minMarginPercent must not be negative, got " + minMarginPercent);
        }
    }
}
