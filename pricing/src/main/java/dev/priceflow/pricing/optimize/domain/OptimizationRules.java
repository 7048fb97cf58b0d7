package dev.priceflow.pricing.optimize.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The part of a category policy the base-price optimizer obeys. {@code targetMargin} (a fraction, e.g. 0.40)
 * only for {@link Objective#MARGIN_TARGET}; {@code competitorWithinPercent} null = no competitor rule.
 */
public record OptimizationRules(Objective objective, BigDecimal targetMargin, BigDecimal maxDailyChangePercent,
                                PriceEnding ending, BigDecimal competitorWithinPercent) {

    public OptimizationRules {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(maxDailyChangePercent, "maxDailyChangePercent");
        Objects.requireNonNull(ending, "ending");
        if (objective == Objective.MARGIN_TARGET && targetMargin == null) {
            throw new IllegalArgumentException("MARGIN_TARGET needs a target margin");
        }
    }
}
