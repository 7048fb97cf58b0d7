package dev.priceflow.pricing.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** One step of a price calculation, with the running price after it (unrounded until {@link Rule#ROUNDING}). */
public record PriceStep(Rule rule, String detail, BigDecimal priceAfter) {

    public enum Rule {
        LIST_PRICE,
        OPTIMIZED_BASE,
        PERSONAL_DISCOUNT,
        NO_PERSONAL_ADJUSTMENT,
        /** A price experiment's arm change (after personalization, before promotions). */
        EXPERIMENT,
        NO_PROMOTION,
        BEST_PROMOTION,
        PROMOTION_NOT_APPLIED,
        PERSONAL_LIMIT,
        PRICE_FLOOR,
        MARGIN_FLOOR,
        MINIMUM_PRICE,
        PRICE_CEILING,
        ROUNDING
    }

    public PriceStep {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(priceAfter, "priceAfter");
    }
}
