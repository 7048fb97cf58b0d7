package dev.priceflow.pricing.order.domain;

import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.domain.QuoteClaims;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One verified line of a cart: the quote it was priced with (a signed promise of the unit price), how many, the
 * catalogue entry (for category targeting) and the unit floor: the lowest unit price any cart discount may reach
 * (the quote's floor, never above the quoted price itself).
 */
public record CartLine(int index, QuoteClaims quote, int quantity, Product product, BigDecimal unitFloor) {

    public static final int MAX_QUANTITY = 999;

    public CartLine {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(unitFloor, "unitFloor");
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity must be 1.." + MAX_QUANTITY + ", got " + quantity);
        }
        unitFloor = unitFloor.min(quote.price());
    }

    public BigDecimal subtotal() {
        return quote.price().multiply(BigDecimal.valueOf(quantity));
    }

    public BigDecimal floor() {
        return unitFloor.multiply(BigDecimal.valueOf(quantity));
    }
}
