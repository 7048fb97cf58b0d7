package dev.priceflow.pricing.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * Guardrails every price obeys. The lowest price of a product is the largest of its configured floor price,
 * its margin floor ({@code unitCost * (1 + minMargin)}, the SKU's own minimum margin when set, else
 * {@code minMargin}) and {@code minimumPrice}; the highest is its configured ceiling. When the lowest is above
 * the ceiling the lowest wins: selling below the floor loses money, selling above the ceiling does not.
 */
public record PricePolicy(BigDecimal minMargin, BigDecimal minimumPrice) {

    /** Which limit sets the lowest price. */
    public enum Binding { PRICE_FLOOR, MARGIN_FLOOR, MINIMUM_PRICE }

    /** The lowest price (a whole minor unit), what sets it, the margin floor and the ceiling (null: none). */
    public record Bounds(BigDecimal lowest, Binding binding, BigDecimal marginFloor, BigDecimal margin,
                         BigDecimal ceiling) {
    }

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

    /** The minimum margin of a product: its own when configured, else the service default. */
    public BigDecimal marginOf(Product product) {
        BigDecimal own = product.limits().minMarginPercent();
        return own == null ? minMargin : own.movePointLeft(2);
    }

    /** The margin floor for a product, before it is raised to a whole minor unit. */
    public BigDecimal marginFloor(Product product) {
        return product.unitCost().multiply(BigDecimal.ONE.add(marginOf(product)));
    }

    /** Every limit of a product at once; the floors are raised to a whole minor unit so rounding cannot breach them. */
    public Bounds bounds(Product product) {
        Currency currency = product.currency();
        BigDecimal margin = Amounts.ceilingToMinorUnit(marginFloor(product), currency);
        BigDecimal lowest = margin;
        Binding binding = Binding.MARGIN_FLOOR;
        if (minimumPrice.compareTo(lowest) > 0) {
            lowest = Amounts.ceilingToMinorUnit(minimumPrice, currency);
            binding = Binding.MINIMUM_PRICE;
        }
        BigDecimal floorPrice = product.limits().floorPrice();
        if (floorPrice != null && floorPrice.compareTo(lowest) > 0) {
            lowest = Amounts.ceilingToMinorUnit(floorPrice, currency);
            binding = Binding.PRICE_FLOOR;
        }
        return new Bounds(lowest, binding, margin, marginOf(product), product.limits().ceilingPrice());
    }

    /** The lowest price a product may be sold at (a whole minor unit). */
    public BigDecimal lowestPrice(Product product) {
        return bounds(product).lowest();
    }
}
