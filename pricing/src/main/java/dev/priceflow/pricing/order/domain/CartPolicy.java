package dev.priceflow.pricing.order.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How cart-level promotions combine, and how much a cart may take off.
 * <ul>
 *   <li>{@link Stacking#STACKABLE}: every applicable promotion applies, lowest {@code priority} first;</li>
 *   <li>{@link Stacking#EXCLUSIVE}: only the applicable promotion with the lowest priority (then oldest id);</li>
 *   <li>{@link Stacking#BEST_FOR_CUSTOMER}: only the one promotion that takes the most off this cart.</li>
 * </ul>
 * Caps, in percent of the subtotal before cart promotions: {@code maxLinePercent} per line and
 * {@code maxOrderPercent} for the whole cart (100 = no cap). A capped amount is rounded down to the minor unit.
 */
public record CartPolicy(Stacking stacking, BigDecimal maxLinePercent, BigDecimal maxOrderPercent) {

    public enum Stacking { STACKABLE, EXCLUSIVE, BEST_FOR_CUSTOMER }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CartPolicy {
        Objects.requireNonNull(stacking, "stacking");
        requirePercent(maxLinePercent, "maxLinePercent");
        requirePercent(maxOrderPercent, "maxOrderPercent");
    }

    public static CartPolicy stackableUncapped() {
        return new CartPolicy(Stacking.STACKABLE, HUNDRED, HUNDRED);
    }

    private static void requirePercent(BigDecimal percent, String name) {
        Objects.requireNonNull(percent, name);
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(name + " must be within 0..100, got " + percent);
        }
    }
}
