package dev.priceflow.pricing.domain;

import dev.priceflow.contracts.Sku;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** A catalogue entry as pricing sees it: what it lists at, what it costs us, how many are in stock. */
public record Product(Sku sku, String name, String category, Currency currency, BigDecimal listPrice,
                      BigDecimal unitCost, int stock) {

    public Product {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(listPrice, "listPrice");
        Objects.requireNonNull(unitCost, "unitCost");
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
}
