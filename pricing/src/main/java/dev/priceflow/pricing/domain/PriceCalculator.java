package dev.priceflow.pricing.domain;

import dev.priceflow.pricing.domain.PriceBreakdown.AppliedPromotion;
import dev.priceflow.pricing.domain.PriceStep.Rule;
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
 *   <li>list price;</li>
 *   <li>promotions do not stack: of the promotions that apply (percent off, amount off and fixed price are
 *       all just candidate prices), the single one giving the lowest price is applied (ties: lowest
 *       promotion id), the others are listed as not applied;</li>
 *   <li>guardrail: a discount never takes the price below the floor, the larger of the margin floor
 *       ({@code unitCost * (1 + minMargin)}, raised to a whole minor unit) and the minimum price. The floor
 *       limits discounts only: it never lifts a price above its list price;</li>
 *   <li>rounding, once, by {@link Amounts#ROUNDING}.</li>
 * </ol>
 */
public final class PriceCalculator {

    private final PricePolicy policy;

    public PriceCalculator(PricePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public PriceBreakdown price(Product product, Collection<Promotion> candidates, Instant at) {
        Currency currency = product.currency();
        BigDecimal list = product.listPrice();
        List<PriceStep> steps = new ArrayList<>();
        steps.add(new PriceStep(Rule.LIST_PRICE, "List price of " + product.sku() + " in " + currency,
                Amounts.display(list, currency)));

        List<Promotion> applicable = candidates.stream()
                .filter(promotion -> promotion.appliesTo(product, at))
                .sorted(Comparator.comparing((Promotion p) -> p.applyTo(list)).thenComparing(Promotion::id))
                .toList();
        Optional<Promotion> best = applicable.stream().findFirst();
        BigDecimal price = best.map(promotion -> promotion.applyTo(list)).orElse(list);
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
                        + Amounts.display(other.applyTo(list), currency)
                        + "; not applied: promotions do not stack and a better one applies",
                        Amounts.display(price, currency)));
            }
        }

        price = applyFloor(product, price, steps);

        BigDecimal rounded = Amounts.round(price, currency);
        steps.add(new PriceStep(Rule.ROUNDING, "Rounded once, " + Amounts.ROUNDING_RULE + " ("
                + Amounts.minorUnit(currency) + " decimal places for " + currency + ")", rounded));

        BigDecimal saved = Amounts.round(list, currency).subtract(rounded);
        Optional<AppliedPromotion> applied = best.filter(promotion -> saved.signum() > 0)
                .map(promotion -> new AppliedPromotion(promotion, saved));
        return new PriceBreakdown(product, rounded, applied, steps);
    }

    private BigDecimal applyFloor(Product product, BigDecimal price, List<PriceStep> steps) {
        Currency currency = product.currency();
        BigDecimal marginFloor = Amounts.ceilingToMinorUnit(policy.marginFloor(product), currency);
        boolean minimumBinds = policy.minimumPrice().compareTo(marginFloor) > 0;
        BigDecimal floor = minimumBinds ? policy.minimumPrice() : marginFloor;
        if (price.compareTo(floor) >= 0) {
            return price;
        }
        BigDecimal list = product.listPrice();
        if (floor.compareTo(list) > 0) {
            steps.add(new PriceStep(Rule.FLOOR_ABOVE_LIST_PRICE, "The floor " + Amounts.display(floor, currency)
                    + " is above the list price; the floor only limits discounts, so the list price stands",
                    Amounts.display(list, currency)));
            return list;
        }
        String why = minimumBinds
                ? "Raised to the minimum price " + Amounts.display(floor, currency)
                : "Raised to the margin floor " + Amounts.display(floor, currency) + " (unit cost "
                        + Amounts.display(product.unitCost(), currency) + " x (1 + minimum margin "
                        + Amounts.plain(policy.minMargin()) + "), rounded up to the minor unit)";
        steps.add(new PriceStep(minimumBinds ? Rule.MINIMUM_PRICE : Rule.MARGIN_FLOOR,
                why + "; a discount never takes a price below it", Amounts.display(floor, currency)));
        return floor;
    }
}
