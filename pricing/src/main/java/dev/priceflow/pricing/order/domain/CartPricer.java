package dev.priceflow.pricing.order.domain;

import dev.priceflow.pricing.domain.Amounts;
import dev.priceflow.pricing.order.domain.PricedCart.CartStep;
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
 * Applies cart-level promotions to verified lines, combined as the {@link CartPolicy} says. The chosen promotions
 * apply one after the other (lowest priority first); each asks for a discount on the lines it targets
 * ({@link MultiUnitDiscounts}, from the lines' running totals), rounded once by {@link Amounts#ROUNDING} when
 * granted, then cut so that the line stays at or above its floor (a whole minor unit; "limited by floor") and its
 * discounts within the line cap ("limited by line cap"); finally the latest grants are cut back until the cart is
 * within the order cap ("cut by order cap"). Every amount is then an exact sum or difference of rounded amounts:
 * the total is the sum of the line totals, to the penny, and each line's explanation adds up to its total.
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
        int n = lines.size();
        BigDecimal[] subtotals = new BigDecimal[n];
        BigDecimal[] running = new BigDecimal[n];
        BigDecimal[] floorRoom = new BigDecimal[n];
        BigDecimal[] capRoom = new BigDecimal[n];
        List<List<Granted>> grants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            subtotals[i] = Amounts.round(lines.get(i).subtotal(), currency);
            running[i] = subtotals[i];
            floorRoom[i] = subtotals[i].subtract(floorOf(lines.get(i), subtotals[i], currency));
            capRoom[i] = capOf(subtotals[i], policy.maxLinePercent(), currency);
            grants.add(new ArrayList<>());
        }
        for (CartPromotion promotion : chosen) {
            BigDecimal[] raw = MultiUnitDiscounts.raw(promotion, lines, running);
            for (int i = 0; i < n; i++) {
                BigDecimal wanted = raw[i] == null ? BigDecimal.ZERO : Amounts.round(raw[i], currency);
                if (wanted.signum() <= 0) {
                    continue;
                }
                BigDecimal off = wanted.min(floorRoom[i]).min(capRoom[i]);
                String detail = promotion.describe() + (off.compareTo(wanted) == 0 ? ""
                        : floorRoom[i].compareTo(capRoom[i]) <= 0 ? "; limited by floor" : "; limited by line cap");
                running[i] = running[i].subtract(off);
                floorRoom[i] = floorRoom[i].subtract(off);
                capRoom[i] = capRoom[i].subtract(off);
                grants.get(i).add(new Granted(promotion.id(), promotion.name(), promotion.code(), off, detail));
            }
        }
        BigDecimal subtotal = zero(currency);
        for (BigDecimal s : subtotals) {
            subtotal = subtotal.add(s);
        }
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
                if (cut.signum() > 0) {
                    excess = excess.subtract(cut);
                    line.set(g, one.withAmount(one.amount().subtract(cut), "cut by order cap"));
                }
            }
        }
    }

    private static PricedCart cart(Currency currency, List<CartLine> lines, BigDecimal[] subtotals,
                                   List<List<Granted>> grants) {
        List<PricedLine> priced = new ArrayList<>();
        Map<UUID, Granted> byPromotion = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            BigDecimal total = subtotals[i];
            List<CartStep> steps = new ArrayList<>();
            steps.add(new CartStep("SUBTOTAL", null, "quoted unit price " + lines.get(i).quote().price() + " x "
                    + lines.get(i).quantity(), subtotals[i], total));
            List<Granted> granted = new ArrayList<>();
            for (Granted g : grants.get(i)) {
                total = total.subtract(g.amount());
                steps.add(new CartStep("PROMOTION", g.promotionId(), g.detail(), g.amount(), total));
                if (g.amount().signum() > 0) {
                    granted.add(g);
                    byPromotion.merge(g.promotionId(), new Granted(g.promotionId(), g.name(), g.code(), g.amount()),
                            (a, b) -> new Granted(a.promotionId(), a.name(), a.code(), a.amount().add(b.amount())));
                }
            }
            BigDecimal floor = floorOf(lines.get(i), subtotals[i], currency);
            priced.add(new PricedLine(lines.get(i), subtotals[i], floor, granted, total, steps));
        }
        BigDecimal subtotal = priced.stream().map(PricedLine::subtotal).reduce(zero(currency), BigDecimal::add);
        BigDecimal total = priced.stream().map(PricedLine::total).reduce(zero(currency), BigDecimal::add);
        return new PricedCart(currency, priced, List.copyOf(byPromotion.values()), subtotal, subtotal.subtract(total),
                total);
    }

    private static BigDecimal floorOf(CartLine line, BigDecimal subtotal, Currency currency) {
        return Amounts.ceilingToMinorUnit(line.floor(), currency).min(subtotal);
    }

    private static BigDecimal capOf(BigDecimal amount, BigDecimal percent, Currency currency) {
        return amount.multiply(percent).divide(HUNDRED).setScale(Amounts.minorUnit(currency), RoundingMode.DOWN);
    }

    private static BigDecimal zero(Currency currency) {
        return BigDecimal.ZERO.setScale(Amounts.minorUnit(currency), RoundingMode.UNNECESSARY);
    }
}
