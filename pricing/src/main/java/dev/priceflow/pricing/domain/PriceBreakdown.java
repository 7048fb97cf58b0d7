package dev.priceflow.pricing.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The result of pricing one product: the final (rounded) price, the promotion that lowered it, if any, with
 * what it actually saved after guardrails and rounding, and every step that led there.
 */
public record PriceBreakdown(Product product, BigDecimal price, Optional<AppliedPromotion> appliedPromotion,
                             List<PriceStep> steps) {

    public PriceBreakdown {
        steps = List.copyOf(steps);
    }

    public record AppliedPromotion(Promotion promotion, BigDecimal amountOff) {
    }
}
