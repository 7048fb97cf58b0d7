package dev.priceflow.pricing.order.domain;

import dev.priceflow.pricing.domain.Promotion;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * A cart-level promotion as a cart applies it: what it takes off the lines it targets, and the code that
 * unlocked it (null for one that applies without a code), and its priority (lower applies first; see
 * {@link CartPolicy}).
 * <ul>
 *   <li>PERCENT_OFF: that percentage of the line's running total;</li>
 *   <li>AMOUNT_OFF: that amount per unit;</li>
 *   <li>FIXED_PRICE: down to that unit price (nothing when the quoted price is already lower).</li>
 * </ul>
 */
public record CartPromotion(UUID id, String name, Promotion.Kind kind, BigDecimal value, Promotion.Target target,
                            String code, int priority) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CartPromotion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(target, "target");
    }

    public boolean targets(CartLine line) {
        return target.matches(line.product());
    }

    /** The discount on a line whose running total is {@code running}, unrounded and not yet bounded. */
    public BigDecimal discount(CartLine line, BigDecimal running) {
        BigDecimal quantity = BigDecimal.valueOf(line.quantity());
        BigDecimal off = switch (kind) {
            case PERCENT_OFF -> running.multiply(value).divide(HUNDRED);
            case AMOUNT_OFF -> value.multiply(quantity);
            case FIXED_PRICE -> line.quote().price().subtract(value).max(BigDecimal.ZERO).multiply(quantity);
        };
        return off.max(BigDecimal.ZERO);
    }
}
