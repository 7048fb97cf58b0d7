package dev.priceflow.pricing.optimize.application;

import dev.priceflow.pricing.domain.PersonalAdjustment;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.optimize.domain.OptimizedBase;
import dev.priceflow.pricing.policy.domain.CategoryPolicy;
import java.math.BigDecimal;

/**
 * What the base-price step decided for one SKU and channel: the product with the channel's list price,
 * the optimized base (null: the list price stays the base, no explanation step) and the category policy
 * (null: none), which also bounds personal prices.
 */
public record BaseDecision(Product product, OptimizedBase base, CategoryPolicy policy, String channel) {

    public static BaseDecision unoptimized(Product product, String channel) {
        return new BaseDecision(product, null, null, channel);
    }

    /** The personal adjustment within the policy: switched off by category or channel, capped at its max %. */
    public PersonalAdjustment bound(PersonalAdjustment adjustment) {
        if (policy == null || !adjustment.applies()) {
            return adjustment;
        }
        if (!policy.personalizationAllowed() || policy.personalizationMaxPercent().signum() == 0) {
            return PersonalAdjustment.none("No personal adjustment: the pricing policy of " + policy.category()
                    + " does not allow personal prices");
        }
        if (!policy.on(channel).personalize()) {
            return PersonalAdjustment.none("No personal adjustment: the pricing policy of " + policy.category()
                    + " switches personal prices off on the " + channel + " channel");
        }
        BigDecimal max = policy.personalizationMaxPercent();
        if (adjustment.percent().compareTo(max) > 0) {
            return new PersonalAdjustment(max, adjustment.reason() + "; capped at "
                    + max.stripTrailingZeros().toPlainString() + " % by the pricing policy of " + policy.category());
        }
        return adjustment;
    }
}
