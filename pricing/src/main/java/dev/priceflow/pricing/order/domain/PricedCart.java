package dev.priceflow.pricing.order.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * A priced cart. Every amount is at the currency's minor unit; {@code total} is exactly the sum of the line
 * totals and {@code subtotal - discountTotal}.
 */
public record PricedCart(Currency currency, List<PricedLine> lines, List<Granted> discounts, BigDecimal subtotal,
                         BigDecimal discountTotal, BigDecimal total) {

    public PricedCart {
        lines = List.copyOf(lines);
        discounts = List.copyOf(discounts);
    }

    /** A discount one promotion granted (on one line, or summed over the cart). */
    public record Granted(UUID promotionId, String name, String code, BigDecimal amount) {
    }

    /** One line after cart-level promotions; never below {@code floor}. */
    public record PricedLine(CartLine line, BigDecimal subtotal, BigDecimal floor, List<Granted> discounts,
                             BigDecimal total) {
        public PricedLine {
            discounts = List.copyOf(discounts);
        }
    }
}
