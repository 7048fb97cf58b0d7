package dev.priceflow.pricing.order.domain;

import dev.priceflow.pricing.domain.Amounts;
import dev.priceflow.pricing.order.domain.PricedCart.Granted;
import dev.priceflow.pricing.order.domain.PricedCart.PricedLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Applies cart-level promotions to verified lines, combined as the {@link CartPolicy} says. On each line the chosen
 * promotions that target it apply one after the other (lowest priority first), each discount rounded once by
 * {@link Amounts#ROUNDING} when granted, then cut so that the line stays at or above its floor (a whole minor
 * unit) and its discounts within the line cap; finally the latest grants are cut back until the cart is within
 * the order cap. Every amount is then an exact sum or difference of rounded amounts: the total is the sum of the
 * line totals, to the penny.
 */
public final class CartPricer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CartPolicy policy;

    public CartPricer(CartPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public CartPricer() {
        this(CartPolicy.stackableUncapped());
    }

    public PricedCart price(Currency currency, List<CartLine> lines, List<CartPromotion> promotions) {
        List<CartPromotion> ordered = promotions.stream()
                .sorted(Comparator.comparingInt(CartPromotion::priority)).toList();
        List<CartPromotion> applicable = ordered.stream().filter(p -> lines.stream().anyMatch(p::targets)).toList();
        return switch (policy.stacking()) {
            case STACKABLE -> apply(currency, lines, applicable);
            case EXCLUSIVE -> apply(currency, lines, applicable.isEmpty() ? List.of() : List.of(applicable.getFirst()));
            case BEST_FOR_CUSTOMER -> best(currency, lines, applicable);
        };
    }

    /** The single promotion that takes the most off; of equals, the one with the lowest priority. */
    private PricedCart best(Currency currency, List<CartLine> lines, List<CartPromotion> applicable) {
        PricedCart best = apply(currency, lines, List.of());
        for (CartPromotion promotion : applicable) {
            PricedCart cart = apply(currency, lines, List.of(promotion));
            if (cart.discountTotal().compareTo(best.discountTotal()) > 0) {
                best = cart;
            }
        }
        return best;
    }

    private PricedCart apply(Currency currency, List<CartLine> lines, List<CartPromotion> chosen) {
        List<List<Granted>> grants = new ArrayList<>();
        List<BigDecimal> subtotals = new ArrayList<>();
        for (CartLine line : lines) {
            BigDecimal subtotal = Amounts.round(line.subtotal(), currency);
            BigDecimal floor = Amounts.ceilingToMinorUnit(line.floor(), currency).min(subtotal);
            BigDecimal room = subtotal.subtract(floor).min(capOf(subtotal, policy.maxLinePercent(), currency));
            BigDecimal running = subtotal;
            List<Granted> granted = new ArrayList<>();
            for (CartPromotion promotion : chosen) {
                if (!promotion.targets(line)) {
                    continue;
                }
                BigDecimal off = Amounts.round(promotion.discount(line, running), currency).min(room);
                if (off.signum() > 0) {
                    running = running.subtract(off);
                    room = room.subtract(off);
                    granted.add(new Granted(promotion.id(), promotion.name(), promotion.code(), off));
                }
            }
            grants.add(granted);
            subtotals.add(subtotal);
        }
        BigDecimal subtotal = subtotals.stream().reduce(zero(currency), BigDecimal::add);
        trimToOrderCap(grants, capOf(subtotal, policy.maxOrderPercent(), currency));
        return cart(currency, lines, subtotals, grants);
    }

    /** Cuts the latest grants (last line first, last promotion first) until the cart's discount fits the cap. */
    private static void trimToOrderCap(List<List<Granted>> grants, BigDecimal cap) {
        BigDecimal excess = grants.stream().flatMap(List::stream).map(Granted::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).subtract(cap);
        for (int l = grants.size() - 1; l >= 0 && excess.signum() > 0; l--) {
            List<Granted> line = grants.get(l);
            for (int g = line.size() - 1; g >= 0 && excess.signum() > 0; g--) {
                Granted one = line.get(g);
                BigDecimal cut = one.amount().min(excess);
                excess = excess.subtract(cut);
                if (cut.compareTo(one.amount()) == 0) {
                    line.remove(g);
                } else {
                    line.set(g, new Granted(one.promotionId(), one.name(), one.code(), one.amount().subtract(cut)));
                }
            }
        }
    }

    private static PricedCart cart(Currency currency, List<CartLine> lines, List<BigDecimal> subtotals,
                                   List<List<Granted>> grants) {
        List<PricedLine> priced = new ArrayList<>();
        Map<UUID, Granted> byPromotion = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            BigDecimal total = subtotals.get(i);
            for (Granted g : grants.get(i)) {
                total = total.subtract(g.amount());
                byPromotion.merge(g.promotionId(), g, (a, b) -> new Granted(a.promotionId(), a.name(), a.code(),
                        a.amount().add(b.amount())));
            }
            BigDecimal floor = Amounts.ceilingToMinorUnit(lines.get(i).floor(), currency).min(subtotals.get(i));
            priced.add(new PricedLine(lines.get(i), subtotals.get(i), floor, grants.get(i), total));
        }
        BigDecimal subtotal = priced.stream().map(PricedLine::subtotal).reduce(zero(currency), BigDecimal::add);
        BigDecimal total = priced.stream().map(PricedLine::total).reduce(zero(currency), BigDecimal::add);
        return new PricedCart(currency, priced, List.copyOf(byPromotion.values()), subtotal, subtotal.subtract(total),
                total);
    }

    private static BigDecimal capOf(BigDecimal amount, BigDecimal percent, Currency currency) {
        return amount.multiply(percent).divide(HUNDRED).setScale(Amounts.minorUnit(currency), RoundingMode.DOWN);
    }

    private static BigDecimal zero(Currency currency) {
        return BigDecimal.ZERO.setScale(Amounts.minorUnit(currency));
    }
}
