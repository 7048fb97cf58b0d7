package dev.priceflow.pricing.domain;

import dev.priceflow.contracts.Sku;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * A catalogue entry as pricing sees it: what it lists at, what it costs us, how many are in stock, and the
 * SKU's configured price limits ({@link PriceLimits#NONE} when none are set).
 */
public record Product(Sku sku, String name, String category, Currency currency, BigDecimal listPrice,
                      BigDecimal unitCost, int stock, PriceLimits limits) {

    /** A product without configured limits. */
    public Product(Sku sku, String name, String category, Currency currency, BigDecimal listPrice,
                   BigDecimal unitCost, int stock) {
        this(sku, name, category, currency, listPrice, unitCost, stock, PriceLimits.NONE);
    }

    public Product {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(listPrice, "listPrice");
        Objects.requireNonNull(unitCost, "unitCost");
        limits = limits == null ? PriceLimits.NONE : limits;
        if (listPrice.signum() <= 0) {
            throw new IllegalArgumentException("listPrice must be positive, got " + listPrice);
        }
        if (unitCost.signum() < 0) {
            throw new IllegalArgumentException("unitCost must not be negative, got " + unitCost);
        }
        if (stock < 0) {
            throw new IllegalArgumentException("stock must not be negative, got " + stock);
        }
    }

    /** The same product listed at {@code price} (e.g. a channel's own list price), limits kept. */
    public Product withListPrice(BigDecimal price) {
        return new Product(sku, name, category, currency, price, unitCost, stock, limits);
    }

    /** The same product with other configured limits. */
    public Product withLimits(PriceLimits other) {
        return new Product(sku, name, category, currency, listPrice, unitCost, stock, other);
    }
}
