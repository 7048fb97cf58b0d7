package dev.priceflow.pricing.promotion.domain;

import dev.priceflow.pricing.domain.OfferRule;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * When a promotion needs a second marketing user's approval before it may be scheduled: its discount is above
 * {@code thresholdPercent} of the list price. A percent off is its own percentage; an amount off or a fixed price
 * is turned into the percentage it takes off the targeted product — for a category, the product it hits hardest
 * (an amount off on the lowest list price, a fixed price on the highest). Unknown list prices need approval
 * (fail closed: it is money). The multi-unit kinds count by their effective percent:
 * <ul>
 *   <li>BUY_X_GET_Y: {@code get × percentOff / (buy + get)} — the share of a complete group's value given away;</li>
 *   <li>TIERED: its largest tier — a percent off as is; an amount off on spend {@code amountOff / threshold}; an
 *       amount off on quantity {@code amountOff / (threshold × lowest targeted list price)};</li>
 *   <li>BUNDLE: a percent off as is; a bundle price {@code (list value − price) / list value}, the list value being
 *       Σ quantity × list price of its items (given as {@link ListRange#highest()} by the caller).</li>
 * </ul>
 */
public record ApprovalRule(BigDecimal thresholdPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final ApprovalRule DEFAULT = new ApprovalRule(BigDecimal.valueOf(30));

    public ApprovalRule {
        Objects.requireNonNull(thresholdPercent, "thresholdPercent");
        if (thresholdPercent.signum() < 0 || thresholdPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("thresholdPercent must be within 0..100, got " + thresholdPercent);
        }
    }

    /** The lowest and highest list price of the products a promotion targets (null: none known). */
    public record ListRange(BigDecimal lowest, BigDecimal highest) {
    }

    /** The largest percentage the promotion takes off a targeted list price; null when it cannot be told. */
    public BigDecimal discountPercent(PromotionSpec spec, ListRange prices) {
        return switch (spec.kind()) {
            case PERCENT_OFF -> spec.value();
            case AMOUNT_OFF -> prices.lowest() == null || prices.lowest().signum() <= 0 ? null
                    : spec.value().multiply(HUNDRED).divide(prices.lowest(), MathContext.DECIMAL64).min(HUNDRED);
            case FIXED_PRICE -> prices.highest() == null || prices.highest().signum() <= 0 ? null
                    : prices.highest().subtract(spec.value()).max(BigDecimal.ZERO).multiply(HUNDRED)
                            .divide(prices.highest(), MathContext.DECIMAL64);
            case BUY_X_GET_Y, TIERED, BUNDLE -> multiUnit(spec.rule(), prices);
        };
    }

    private static BigDecimal multiUnit(OfferRule rule, ListRange prices) {
        return switch (rule) {
            case OfferRule.BuyXGetY b -> b.percentOff().multiply(BigDecimal.valueOf(b.get()))
                    .divide(BigDecimal.valueOf(b.buy() + (long) b.get()), MathContext.DECIMAL64);
            case OfferRule.Tiered t -> {
                BigDecimal most = BigDecimal.ZERO;
                for (OfferRule.Tier tier : t.tiers()) {
                    BigDecimal percent;
                    if (tier.percentOff() != null) {
                        percent = tier.percentOff();
                    } else if (t.basis() == OfferRule.Basis.SPEND) {
                        percent = tier.amountOff().multiply(HUNDRED).divide(tier.threshold(), MathContext.DECIMAL64);
                    } else if (prices.lowest() == null || prices.lowest().signum() <= 0) {
                        yield null;
                    } else {
                        percent = tier.amountOff().multiply(HUNDRED)
                                .divide(tier.threshold().multiply(prices.lowest()), MathContext.DECIMAL64);
                    }
                    most = most.max(percent.min(HUNDRED));
                }
                yield most;
            }
            case OfferRule.Bundle b when b.percentOff() != null -> b.percentOff();
            case OfferRule.Bundle b -> prices.highest() == null || prices.highest().signum() <= 0 ? null
                    : prices.highest().subtract(b.price()).max(BigDecimal.ZERO).multiply(HUNDRED)
                            .divide(prices.highest(), MathContext.DECIMAL64);
        };
    }

    public boolean needsApproval(PromotionSpec spec, ListRange prices) {
        BigDecimal percent = discountPercent(spec, prices);
        return percent == null || percent.compareTo(thresholdPercent) > 0;
    }
}
