package dev.priceflow.pricing.order.domain;

import dev.priceflow.pricing.domain.OfferRule;
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
 *   <li>FIXED_PRICE: down to that unit price (nothing when the quoted price is already lower);</li>
 *   <li>BUY_X_GET_Y, TIERED, BUNDLE: by their {@code rule}, over the whole cart ({@link MultiUnitDiscounts}).</li>
 * </ul>
 */
public record CartPromotion(UUID id, String name, Promotion.Kind kind, BigDecimal value, Promotion.Target target,
                            String code, int priority, OfferRule rule) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CartPromotion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(target, "target");
        if (kind.multiUnit() != (rule != null)) {
            throw new IllegalArgumentException("a " + kind + " promotion needs " + (kind.multiUnit() ? "its" : "no")
                    + " rule");
        }
    }

    /** A single-unit kind (PERCENT_OFF, AMOUNT_OFF, FIXED_PRICE). */
    public CartPromotion(UUID id, String name, Promotion.Kind kind, BigDecimal value, Promotion.Target target,
                         String code, int priority) {
        this(id, name, kind, value, target, code, priority, null);
    }

    /** A bundle targets the lines of its SKUs; every other kind its SKU or category. */
    public boolean targets(CartLine line) {
        return rule instanceof OfferRule.Bundle bundle ? bundle.holds(line.product().sku().value())
                : target.matches(line.product());
    }

    /** The discount of a single-unit kind on a line whose running total is {@code running}, unrounded, unbounded. */
    public BigDecimal discount(CartLine line, BigDecimal running) {
        BigDecimal quantity = BigDecimal.valueOf(line.quantity());
        BigDecimal off = switch (kind) {
            case PERCENT_OFF -> running.multiply(value).divide(HUNDRED);
            case AMOUNT_OFF -> value.multiply(quantity);
            case FIXED_PRICE -> line.quote().price().subtract(value).max(BigDecimal.ZERO).multiply(quantity);
            case BUY_X_GET_Y, TIERED, BUNDLE -> BigDecimal.ZERO; // whole-cart kinds: MultiUnitDiscounts
        };
        return off.max(BigDecimal.ZERO);
    }

    /** What it offers, e.g. "'Mugs': buy 2 get 1 free". */
    public String describe() {
        String terms = switch (kind) {
            case PERCENT_OFF -> value.stripTrailingZeros().toPlainString() + "% off";
            case AMOUNT_OFF -> value.toPlainString() + " off per unit";
            case FIXED_PRICE -> "down to " + value.toPlainString() + " per unit";
            case BUY_X_GET_Y, TIERED, BUNDLE -> rule.describe();
        };
        return "'" + name + "': " + terms + (code == null ? "" : " (code " + code + ")");
    }
}
