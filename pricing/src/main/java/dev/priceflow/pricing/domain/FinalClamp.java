package dev.priceflow.pricing.domain;

import dev.priceflow.pricing.domain.PriceStep.Rule;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/** The last step before rounding of every price ({@link PriceCalculator}): the platform's floor and ceiling. */
final class FinalClamp {

    private final PricePolicy policy;

    FinalClamp(PricePolicy policy) {
        this.policy = policy;
    }

    /**
     * The final clamp: never below the product's lowest price (configured floor price, margin floor, minimum
     * price: the largest), never above its configured ceiling; when the lowest is above the ceiling the lowest
     * wins. It applies to every price, also one whose list price is below the floor (the floor is a rule of the
     * platform, not only a limit on discounts).
     */
    BigDecimal apply(Product product, BigDecimal price, List<PriceStep> steps) {
        Currency currency = product.currency();
        PricePolicy.Bounds bounds = policy.bounds(product);
        BigDecimal floor = bounds.lowest();
        if (price.compareTo(floor) < 0) {
            String why = switch (bounds.binding()) {
                case PRICE_FLOOR -> "Raised to the floor price " + Amounts.display(floor, currency)
                        + " configured for " + product.sku();
                case MINIMUM_PRICE -> "Raised to the minimum price " + Amounts.display(floor, currency);
                case MARGIN_FLOOR -> "Raised to the margin floor " + Amounts.display(floor, currency) + " (unit cost "
                        + Amounts.display(product.unitCost(), currency) + " x (1 + minimum margin "
                        + Amounts.plain(bounds.margin()) + "), rounded up to the minor unit)";
            };
            Rule rule = switch (bounds.binding()) {
                case PRICE_FLOOR -> Rule.PRICE_FLOOR;
                case MINIMUM_PRICE -> Rule.MINIMUM_PRICE;
                case MARGIN_FLOOR -> Rule.MARGIN_FLOOR;
            };
            steps.add(new PriceStep(rule, why + "; no price is ever below it", Amounts.display(floor, currency)));
            return floor;
        }
        BigDecimal ceiling = bounds.ceiling();
        if (ceiling != null && price.compareTo(ceiling) > 0) {
            BigDecimal capped = ceiling.max(floor);
            steps.add(new PriceStep(Rule.PRICE_CEILING, "Lowered to the ceiling price "
                    + Amounts.display(ceiling, currency) + " configured for " + product.sku()
                    + (capped.compareTo(ceiling) > 0 ? "; the floor " + Amounts.display(floor, currency)
                            + " is above it and wins" : ""), Amounts.display(capped, currency)));
            return capped;
        }
        return price;
    }
}
