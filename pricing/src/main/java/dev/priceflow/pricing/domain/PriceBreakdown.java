package dev.priceflow.pricing.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The result of pricing one product: the final (rounded) price, the promotion that lowered it, if any, with
 * what it actually saved after guardrails and rounding, every step that led there, and the standard
 * (non-personal) price for comparison.
 */
public record PriceBreakdown(Product product, BigDecimal price, Optional<AppliedPromotion> appliedPromotion,
                             List<PriceStep> steps, BigDecimal standardPrice) {

    public PriceBreakdown {
        steps = List.copyOf(steps);
    }

    /** True when a personal adjustment made the price lower than the standard (non-personal) price. */
    public boolean personalized() {
        return price.compareTo(standardPrice) < 0;
    }

    public record AppliedPromotion(Promotion promotion, BigDecimal amountOff) {
    }
}
