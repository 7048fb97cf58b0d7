package dev.priceflow.pricing.experiment.domain;

import dev.priceflow.pricing.domain.PersonalAdjustment;
import dev.priceflow.pricing.domain.PriceBreakdown;
import dev.priceflow.pricing.domain.PriceCalculator;
import dev.priceflow.pricing.domain.PriceStep;
import dev.priceflow.pricing.domain.PriceStep.Rule;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.optimize.domain.OptimizedBase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Puts an experiment arm's price change into a quote as an EXPERIMENT step right after personalization and
 * before promotions. The calculator runs on the base (list or optimized) scaled by {@code 1 + change/100};
 * since personalization is a percentage of the base this equals scaling the personal price. Promotions, the
 * personal limit and the final clamp (floor, margin floor, ceiling) then run as usual, so the result still obeys
 * every guardrail. The explanation keeps the unscaled steps up to personalization, then the EXPERIMENT step,
 * then the remaining steps of the scaled run.
 */
public final class ExperimentPricing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ExperimentPricing() {
    }

    public static PriceBreakdown price(PriceCalculator calculator, Product product, Collection<Promotion> promotions,
                                       Instant at, PersonalAdjustment adjustment, OptimizedBase base, ArmPrice arm) {
        PriceBreakdown plain = calculator.price(product, promotions, at, adjustment, base);
        if (arm == null) {
            return plain;
        }
        BigDecimal factor = HUNDRED.add(arm.changePercent()).movePointLeft(2);
        Product scaled = product.withListPrice(product.listPrice().multiply(factor));
        OptimizedBase scaledBase = base == null ? null
                : new OptimizedBase(base.price().multiply(factor), base.lowest(), base.highest(), base.reasons());
        PriceBreakdown moved = calculator.price(scaled, promotions, at, adjustment, scaledBase);
        int plainCut = personalStep(plain.steps());
        int movedCut = personalStep(moved.steps());
        List<PriceStep> steps = new ArrayList<>(plain.steps().subList(0, plainCut + 1));
        steps.add(new PriceStep(Rule.EXPERIMENT, arm.reason(), moved.steps().get(movedCut).priceAfter()));
        steps.addAll(moved.steps().subList(movedCut + 1, moved.steps().size()));
        return new PriceBreakdown(product, moved.price(), moved.appliedPromotion(), steps, moved.standardPrice());
    }

    private static int personalStep(List<PriceStep> steps) {
        for (int i = 0; i < steps.size(); i++) {
            Rule rule = steps.get(i).rule();
            if (rule == Rule.PERSONAL_DISCOUNT || rule == Rule.NO_PERSONAL_ADJUSTMENT) {
                return i;
            }
        }
        throw new IllegalStateException("a personal price always has a personalization step");
    }
}
