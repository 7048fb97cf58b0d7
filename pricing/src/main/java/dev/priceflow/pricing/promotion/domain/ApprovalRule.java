package dev.priceflow.pricing.promotion.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * When a promotion needs a second marketing user's approval before it may be scheduled: its discount is above
 * {@code thresholdPercent} of the list price. A percent off is its own percentage; an amount off or a fixed price
 * is turned into the percentage it takes off the targeted product — for a category, the product it hits hardest
 * (an amount off on the lowest list price, a fixed price on the highest). Unknown list prices need approval
 * (fail closed: it is money).
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
        };
    }

    public boolean needsApproval(PromotionSpec spec, ListRange prices) {
        BigDecimal percent = discountPercent(spec, prices);
        return percent == null || percent.compareTo(thresholdPercent) > 0;
    }
}
