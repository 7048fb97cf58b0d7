package dev.priceflow.pricing.order.application;

import dev.priceflow.pricing.domain.Audience;
import dev.priceflow.pricing.order.domain.CartPromotion;
import java.math.BigDecimal;

/**
 * A cart-level promotion a cart may get, with its limits and what has been used so far (read before pricing;
 * checkout enforces the same limits again with conditional updates, which alone are authoritative), and who may get
 * it ({@link Audience}).
 */
public record Offer(CartPromotion promotion, boolean activeNow, boolean codeUsedUp, Integer maxUses, int uses,
                    Integer maxUsesPerUser, int userUses, BigDecimal budget, BigDecimal granted, Audience audience) {

    public Offer {
        audience = audience == null ? Audience.EVERYONE : audience;
    }

    /** For everyone. */
    public Offer(CartPromotion promotion, boolean activeNow, boolean codeUsedUp, Integer maxUses, int uses,
                 Integer maxUsesPerUser, int userUses, BigDecimal budget, BigDecimal granted) {
        this(promotion, activeNow, codeUsedUp, maxUses, uses, maxUsesPerUser, userUses, budget, granted,
                Audience.EVERYONE);
    }

    /** Why this offer cannot grant {@code amount} now, or null when it can. */
    public String refusal(BigDecimal amount) {
        if (!activeNow) {
            return "the promotion is not active";
        }
        if (codeUsedUp) {
            return "the code has already been used";
        }
        if (maxUses != null && uses >= maxUses) {
            return "the promotion has no uses left";
        }
        if (maxUsesPerUser != null && userUses >= maxUsesPerUser) {
            return "you have already used this promotion " + userUses + " time(s), the most allowed";
        }
        if (budget != null && granted.add(amount).compareTo(budget) > 0) {
            return "the promotion's budget is exhausted";
        }
        return null;
    }
}
