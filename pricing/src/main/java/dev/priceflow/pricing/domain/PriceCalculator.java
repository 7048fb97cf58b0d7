package dev.priceflow.pricing.domain;

import dev.priceflow.pricing.domain.PriceBreakdown.AppliedPromotion;
import dev.priceflow.pricing.domain.PriceStep.Rule;
import dev.priceflow.pricing.optimize.domain.OptimizedBase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a list price into a price, in this order, each step recorded:
 * <ol>
 *   <li>list price, then the optimized base price when one is given (OPTIMIZED_BASE; it replaces the list
 *       price in every later step);</li>
 *   <li>personalization (only with a {@link PersonalAdjustment}): a discount of its percent off the list
 *       price; it never raises a price, and the final price stays within that percent of the standard
 *       (non-personal) price;</li>
 *   <li>promotions do not stack: of the promotions that apply (percent off, amount off and fixed price are
 *       all just candidate prices, taken from the personal price), the single one giving the lowest price is
 *       applied (ties: lowest
 *       promotion id), the others are listed as not applied;</li>
 *   <li>guardrail ({@link PricePolicy#bounds}): the price is raised to the lowest allowed price, the largest of
 *       the SKU's configured floor price (PRICE_FLOOR), the margin floor ({@code unitCost * (1 + minMargin)},
 *       raised to a whole minor unit; MARGIN_FLOOR) and the minimum price (MINIMUM_PRICE), or lowered to the
 *       SKU's configured ceiling (PRICE_CEILING); the floor wins over the ceiling;</li>
 *   <li>rounding, once, by {@link Amounts#ROUNDING}.</li>
 * </ol>
 */
public final class PriceCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FinalClamp clamp;

    public PriceCalculator(PricePolicy policy) {
        this.clamp = new FinalClamp(Objects.requireNonNull(policy, "policy"));
    }

    /** The standard (non-personal) price: no personalization step. */
    public PriceBreakdown price(Product product, Collection<Promotion> candidates, Instant at) {
        return chain(product, candidates, at, null, null, null);
    }

    /**
     * The price for one shopper: the standard chain with {@code adjustment} applied to the list price before
     * promotions. The result is never above the standard price and never more than {@code adjustment.percent}
     * below it (a PERSONAL_LIMIT step raises it when an amount-off promotion would widen the gap); the floor
     * still applies after that.
     */
    public PriceBreakdown price(Product product, Collection<Promotion> candidates, Instant at,
                                PersonalAdjustment adjustment) {
        return price(product, candidates, at, adjustment, null);
    }

    /**
     * As {@link #price(Product, Collection, Instant, PersonalAdjustment)}, with the optimized base price (null:
     * none) as an OPTIMIZED_BASE step right after the list price: personalization, promotions and the floor
     * then start from the base instead of the list price.
     */
    public PriceBreakdown price(Product product, Collection<Promotion> candidates, Instant at,
                                PersonalAdjustment adjustment, OptimizedBase optimizedBase) {
        Objects.requireNonNull(adjustment, "adjustment");
        PriceBreakdown standard = chain(product, candidates, at, null, null, optimizedBase);
        return chain(product, candidates, at, adjustment, standard, optimizedBase);
    }

    private PriceBreakdown chain(Product product, Collection<Promotion> candidates, Instant at,
                                 PersonalAdjustment adjustment, PriceBreakdown standard, OptimizedBase optimizedBase) {
        Currency currency = product.currency();
        BigDecimal list = product.listPrice();
        List<PriceStep> steps = new ArrayList<>();
        steps.add(new PriceStep(Rule.LIST_PRICE, "List price of " + product.sku() + " in " + currency,
                Amounts.display(list, currency)));
        if (optimizedBase != null) {
            list = optimizedBase.price();
            steps.add(new PriceStep(Rule.OPTIMIZED_BASE, "Optimized base price: " + optimizedBase.explanation(),
                    Amounts.display(list, currency)));
        }

        BigDecimal start = list;
        if (adjustment != null && adjustment.applies()) {
            start = list.multiply(HUNDRED.subtract(adjustment.percent())).movePointLeft(2);
            steps.add(new PriceStep(Rule.PERSONAL_DISCOUNT, adjustment.reason(), Amounts.display(start, currency)));
        } else if (adjustment != null) {
            steps.add(new PriceStep(Rule.NO_PERSONAL_ADJUSTMENT, adjustment.reason(), Amounts.display(list, currency)));
        }
        BigDecimal base = start;
        List<Promotion> applicable = candidates.stream()
                .filter(promotion -> promotion.appliesTo(product, at))
                .sorted(Comparator.comparing((Promotion p) -> p.applyTo(base)).thenComparing(Promotion::id))
                .toList();
        Optional<Promotion> best = applicable.stream().findFirst();
        BigDecimal price = best.map(promotion -> promotion.applyTo(base)).orElse(base);
        if (best.isEmpty()) {
            steps.add(new PriceStep(Rule.NO_PROMOTION, "No active promotion for this SKU or its category",
                    Amounts.display(price, currency)));
        } else {
            steps.add(new PriceStep(Rule.BEST_PROMOTION, best.get().describe(product)
                    + ", the one promotion giving the lowest price (promotions do not stack"
                    + (best.get().kind() == Promotion.Kind.FIXED_PRICE
                            ? "; a fixed price is a candidate like any other and still obeys the floor)" : ")"),
                    Amounts.display(price, currency)));
            for (Promotion other : applicable.subList(1, applicable.size())) {
                steps.add(new PriceStep(Rule.PROMOTION_NOT_APPLIED, other.describe(product) + " would give "
                        + Amounts.display(other.applyTo(base), currency)
                        + "; not applied: promotions do not stack and a better one applies",
                        Amounts.display(price, currency)));
            }
        }

        if (standard != null && start.compareTo(list) < 0) {
            price = limitSpread(product, price, adjustment, standard, steps);
        }
        price = clamp.apply(product, price, steps);

        BigDecimal rounded = Amounts.round(price, currency);
        steps.add(new PriceStep(Rule.ROUNDING, "Rounded once, " + Amounts.ROUNDING_RULE + " ("
                + Amounts.minorUnit(currency) + " decimal places for " + currency + ")", rounded));

        BigDecimal saved = Amounts.round(start, currency).subtract(rounded);
        Optional<AppliedPromotion> applied = best.filter(promotion -> saved.signum() > 0)
                .map(promotion -> new AppliedPromotion(promotion, saved));
        return new PriceBreakdown(product, rounded, applied, steps, standard == null ? rounded : standard.price());
    }

    /** Keeps a personal price within {@code percent} of the standard price (before the floor). */
    private static BigDecimal limitSpread(Product product, BigDecimal price, PersonalAdjustment adjustment,
                                          PriceBreakdown standard, List<PriceStep> steps) {
        BigDecimal standardBeforeFloor = standard.steps().stream()
                .filter(step -> step.rule() == Rule.BEST_PROMOTION || step.rule() == Rule.NO_PROMOTION)
                .findFirst().orElseThrow().priceAfter();
        BigDecimal limit = standardBeforeFloor.multiply(HUNDRED.subtract(adjustment.percent())).movePointLeft(2);
        if (price.compareTo(limit) >= 0) {
            return price;
        }
        steps.add(new PriceStep(Rule.PERSONAL_LIMIT, "Your personal discount is at most "
                + Amounts.plain(adjustment.percent()) + " % below the standard price "
                + Amounts.display(standardBeforeFloor, product.currency()),
                Amounts.display(limit, product.currency())));
        return limit;
    }
}
