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

    /**
     * A discount one promotion granted (on one line, or summed over the cart); {@code detail} (null on the cart's
     * sums) says what the promotion offers and whether a limit cut it ("limited by floor", "limited by line cap",
     * "cut by order cap").
     */
    public record Granted(UUID promotionId, String name, String code, BigDecimal amount, String detail) {
        public Granted(UUID promotionId, String name, String code, BigDecimal amount) {
            this(promotionId, name, code, amount, null);
        }

        Granted withAmount(BigDecimal other, String note) {
            return new Granted(promotionId, name, code, other, detail + "; " + note);
        }
    }

    /**
     * One step of a line's explanation: SUBTOTAL (amount = the subtotal) then one PROMOTION step per promotion
     * that wanted to lower the line (amount taken off, possibly 0.00 when a limit left no room); {@code totalAfter}
     * is the running line total, the last one the line's total.
     */
    public record CartStep(String step, UUID promotionId, String detail, BigDecimal amount, BigDecimal totalAfter) {
    }

    /** One line after cart-level promotions; never below {@code floor}. */
    public record PricedLine(CartLine line, BigDecimal subtotal, BigDecimal floor, List<Granted> discounts,
                             BigDecimal total, List<CartStep> explanation) {
        public PricedLine {
            discounts = List.copyOf(discounts);
            explanation = List.copyOf(explanation);
        }

        public PricedLine(CartLine line, BigDecimal subtotal, BigDecimal floor, List<Granted> discounts,
                          BigDecimal total) {
            this(line, subtotal, floor, discounts, total, List.of());
        }
    }
}
