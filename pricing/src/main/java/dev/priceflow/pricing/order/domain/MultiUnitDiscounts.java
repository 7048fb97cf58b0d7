package dev.priceflow.pricing.order.domain;

import dev.priceflow.pricing.domain.OfferRule;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The unrounded, unbounded discount one promotion asks for on each line of a cart, given every line's running
 * total (null: the promotion does not target that line). The multi-unit kinds work on the running unit price
 * ({@code running / quantity}), so they stack like a percent off with the promotions applied before them:
 * <ul>
 *   <li>BUY_X_GET_Y, per targeted line: {@code floor(quantity / (buy + get)) × get} units at {@code percentOff};</li>
 *   <li>TIERED on quantity, per targeted line: the highest tier its quantity reaches — a percent of the line, or an
 *       amount off the line;</li>
 *   <li>TIERED on spend: the highest tier the targeted lines' subtotal (before cart promotions) reaches — a
 *       percent of each targeted line, or an amount shared over them in proportion to their running totals;</li>
 *   <li>BUNDLE: as many complete bundles as the cart holds (each SKU counted on the first line holding it); a
 *       percent off their units, or (their value − bundles × price) shared in proportion to each item's value.</li>
 * </ul>
 */
final class MultiUnitDiscounts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL128;

    private MultiUnitDiscounts() {
    }

    static BigDecimal[] raw(CartPromotion promotion, List<CartLine> lines, BigDecimal[] running) {
        BigDecimal[] off = new BigDecimal[lines.size()];
        switch (promotion.rule()) {
            case null -> {
                for (int i = 0; i < lines.size(); i++) {
                    off[i] = promotion.targets(lines.get(i)) ? promotion.discount(lines.get(i), running[i]) : null;
                }
            }
            case OfferRule.BuyXGetY rule -> {
                for (int i = 0; i < lines.size(); i++) {
                    if (promotion.targets(lines.get(i))) {
                        int quantity = lines.get(i).quantity();
                        long free = (long) (quantity / (rule.buy() + rule.get())) * rule.get();
                        off[i] = units(running[i], quantity, free).multiply(rule.percentOff()).divide(HUNDRED);
                    }
                }
            }
            case OfferRule.Tiered rule when rule.basis() == OfferRule.Basis.QUANTITY -> {
                for (int i = 0; i < lines.size(); i++) {
                    if (promotion.targets(lines.get(i))) {
                        OfferRule.Tier tier = rule.reached(BigDecimal.valueOf(lines.get(i).quantity()));
                        off[i] = tier == null ? BigDecimal.ZERO : tier.percentOff() != null
                                ? running[i].multiply(tier.percentOff()).divide(HUNDRED) : tier.amountOff();
                    }
                }
            }
            case OfferRule.Tiered rule -> {
                BigDecimal spend = BigDecimal.ZERO;
                BigDecimal runningSum = BigDecimal.ZERO;
                for (int i = 0; i < lines.size(); i++) {
                    if (promotion.targets(lines.get(i))) {
                        spend = spend.add(lines.get(i).subtotal());
                        runningSum = runningSum.add(running[i]);
                    }
                }
                OfferRule.Tier tier = rule.reached(spend);
                for (int i = 0; i < lines.size(); i++) {
                    if (promotion.targets(lines.get(i))) {
                        off[i] = tier == null ? BigDecimal.ZERO : tier.percentOff() != null
                                ? running[i].multiply(tier.percentOff()).divide(HUNDRED)
                                : share(tier.amountOff(), running[i], runningSum);
                    }
                }
            }
            case OfferRule.Bundle rule -> bundle(rule, lines, running, off);
        }
        return off;
    }

    private static void bundle(OfferRule.Bundle rule, List<CartLine> lines, BigDecimal[] running, BigDecimal[] off) {
        int[] lineOf = new int[rule.items().size()];
        long bundles = Long.MAX_VALUE;
        for (int k = 0; k < rule.items().size(); k++) {
            OfferRule.Item item = rule.items().get(k);
            lineOf[k] = -1;
            for (int i = 0; i < lines.size() && lineOf[k] < 0; i++) {
                if (lines.get(i).product().sku().value().equals(item.sku())) {
                    lineOf[k] = i;
                }
            }
            bundles = lineOf[k] < 0 ? 0 : Math.min(bundles, lines.get(lineOf[k]).quantity() / item.quantity());
        }
        BigDecimal[] value = new BigDecimal[rule.items().size()];
        BigDecimal total = BigDecimal.ZERO;
        for (int k = 0; k < rule.items().size(); k++) {
            value[k] = lineOf[k] < 0 ? BigDecimal.ZERO : units(running[lineOf[k]], lines.get(lineOf[k]).quantity(),
                    bundles * rule.items().get(k).quantity());
            total = total.add(value[k]);
        }
        BigDecimal saving = rule.percentOff() != null ? null
                : total.subtract(rule.price().multiply(BigDecimal.valueOf(bundles))).max(BigDecimal.ZERO);
        for (int i = 0; i < lines.size(); i++) {
            off[i] = rule.holds(lines.get(i).product().sku().value()) ? BigDecimal.ZERO : null;
        }
        for (int k = 0; k < rule.items().size(); k++) {
            if (lineOf[k] >= 0) {
                off[lineOf[k]] = saving == null ? value[k].multiply(rule.percentOff()).divide(HUNDRED)
                        : share(saving, value[k], total);
            }
        }
    }

    /** The running value of {@code count} of a line's {@code quantity} units. */
    private static BigDecimal units(BigDecimal running, int quantity, long count) {
        return running.multiply(BigDecimal.valueOf(count)).divide(BigDecimal.valueOf(quantity), EXACT_ENOUGH);
    }

    private static BigDecimal share(BigDecimal amount, BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO : amount.multiply(part).divide(whole, EXACT_ENOUGH);
    }
}
