package dev.priceflow.pricing.optimize.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The optimized base price of one SKU for one day, deterministic and pure:
 * <ol>
 *   <li>hard limits: lowest = max(SKU floor, margin floor {@code c (1 + minMargin)} rounded up, minimum price),
 *       highest = SKU ceiling or {@code list * (1 + defaultCeilingPercent / 100)}; if lowest > highest the
 *       lowest wins (never sell below the floor);</li>
 *   <li>the objective's price under the demand curve: profit with elasticity e &lt; -1 by the closed form
 *       {@code c e / (1 + e)}; otherwise, and for revenue and margin target (revenue with
 *       {@code p >= c / (1 - target)}), golden-section search over the limits;</li>
 *   <li>stock cover ({@link StockRule}), then the competitor rule (at most x % above the lowest competitor),
 *       then the maximum change per day relative to the previous base;</li>
 *   <li>rounded HALF_EVEN to the minor unit, the price ending applied inside every band that still holds,
 *       and clamped to the hard limits, which always win.</li>
 * </ol>
 */
public final class BasePriceOptimizer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final StockRule stockRule;
    private final double defaultCeilingPercent;

    public BasePriceOptimizer(StockRule stockRule, double defaultCeilingPercent) {
        this.stockRule = Objects.requireNonNull(stockRule, "stockRule");
        if (!(defaultCeilingPercent >= 0)) {
            throw new IllegalArgumentException("defaultCeilingPercent must be >= 0");
        }
        this.defaultCeilingPercent = defaultCeilingPercent;
    }

    public OptimizedBase optimize(BaseInput in, OptimizationRules rules) {
        int scale = in.currency().getDefaultFractionDigits();
        List<String> reasons = new ArrayList<>();
        BigDecimal marginFloor = in.unitCost().multiply(BigDecimal.ONE.add(in.minMargin()))
                .setScale(scale, RoundingMode.CEILING);
        BigDecimal lowest = marginFloor.max(in.minimumPrice().setScale(scale, RoundingMode.CEILING));
        if (in.floor() != null) {
            lowest = lowest.max(in.floor().setScale(scale, RoundingMode.CEILING));
        }
        BigDecimal highest = (in.ceiling() != null ? in.ceiling()
                : in.listPrice().multiply(BigDecimal.valueOf(1 + defaultCeilingPercent / 100)))
                .setScale(scale, RoundingMode.FLOOR);
        if (lowest.compareTo(highest) > 0) {
            reasons.add("floor " + lowest + " is above the ceiling " + highest + ": the floor wins");
            highest = lowest;
        }
        double low = lowest.doubleValue();
        double high = highest.doubleValue();
        double p = objectivePrice(in, rules, low, high, reasons);

        double cover = in.stock() / in.demand().units(p);
        double factor = stockRule.factor(cover);
        if (factor != 1) {
            p *= factor;
            reasons.add(String.format(java.util.Locale.ROOT, "stock cover %.0f days: %s %.1f %%", cover,
                    factor < 1 ? "down" : "up", Math.abs(factor - 1) * 100));
        }
        // Bands in order of precedence: hard limits, then the daily change, then the competitor rule; a band
        // that does not meet the ones before it is dropped.
        BigDecimal bandLow = lowest;
        BigDecimal bandHigh = highest;
        if (in.previousBase() != null) {
            BigDecimal down = percentOf(in.previousBase(), rules.maxDailyChangePercent(), -1)
                    .setScale(scale, RoundingMode.CEILING);
            BigDecimal up = percentOf(in.previousBase(), rules.maxDailyChangePercent(), 1)
                    .setScale(scale, RoundingMode.FLOOR);
            if (down.max(bandLow).compareTo(up.min(bandHigh)) <= 0) {
                bandLow = down.max(bandLow);
                bandHigh = up.min(bandHigh);
            }
        }
        if (in.competitorLowest() != null && rules.competitorWithinPercent() != null) {
            BigDecimal cap = percentOf(in.competitorLowest(), rules.competitorWithinPercent(), 1)
                    .setScale(scale, RoundingMode.FLOOR);
            if (p > cap.doubleValue()) {
                reasons.add(cap.compareTo(bandLow) >= 0 ? "at most " + plain(rules.competitorWithinPercent())
                        + " % above the lowest competitor " + in.competitorLowest() + ": " + cap
                        : "competitor rule (" + cap + ") not applied: below the floor or the daily change limit");
            }
            if (cap.compareTo(bandLow) >= 0) {
                bandHigh = bandHigh.min(cap);
            }
        }
        if (in.previousBase() != null && (p < bandLow.doubleValue() || p > bandHigh.doubleValue())) {
            reasons.add("at most " + plain(rules.maxDailyChangePercent()) + " % change a day from "
                    + in.previousBase() + " (the last day's base, or the list price before there is one)");
        }
        BigDecimal price = clamp(BigDecimal.valueOf(p).setScale(scale, RoundingMode.HALF_EVEN), bandLow, bandHigh);
        if (rules.ending() != PriceEnding.NONE) {
            java.util.Optional<BigDecimal> ended = rules.ending().apply(price, bandLow, bandHigh);
            reasons.add(ended.isPresent() ? "ending " + rules.ending().wire()
                    : "no " + rules.ending().wire() + " ending fits the limits");
            price = ended.orElse(price);
        }
        BigDecimal clamped = clamp(price, lowest, highest);
        if (clamped.compareTo(price) != 0) {
            reasons.add("clamped to the limits " + lowest + ".." + highest);
        }
        return new OptimizedBase(clamped, lowest, highest, reasons);
    }

    private static double objectivePrice(BaseInput in, OptimizationRules rules, double low, double high,
                                         List<String> reasons) {
        double c = in.unitCost().doubleValue();
        double e = in.demand().elasticity();
        DemandCurve demand = in.demand();
        String elasticity = String.format(java.util.Locale.ROOT, "%.2f", e);
        return switch (rules.objective()) {
            case PROFIT -> {
                if (e < -1) {
                    double best = c * e / (1 + e);
                    reasons.add("profit-maximizing price c*e/(1+e) = " + round2(best) + " at elasticity " + elasticity);
                    yield Math.max(low, Math.min(high, best));
                }
                double best = GoldenSection.maximize(x -> (x - c) * demand.units(x), low, high, 1e-4);
                reasons.add("profit maximized by search at elasticity " + elasticity + ": " + round2(best));
                yield best;
            }
            case REVENUE -> {
                double best = GoldenSection.maximize(x -> x * demand.units(x), low, high, 1e-4);
                reasons.add("revenue maximized by search at elasticity " + elasticity + ": " + round2(best));
                yield best;
            }
            case MARGIN_TARGET -> {
                double t = rules.targetMargin().doubleValue();
                double targetLow = Math.min(high, Math.max(low, t < 1 ? c / (1 - t) : high));
                double best = GoldenSection.maximize(x -> x * demand.units(x), targetLow, high, 1e-4);
                reasons.add("revenue maximized with margin at least " + plain(rules.targetMargin().movePointRight(2))
                        + " % at elasticity " + elasticity + ": " + round2(best));
                yield best;
            }
        };
    }

    private static BigDecimal percentOf(BigDecimal amount, BigDecimal percent, int sign) {
        return amount.multiply(HUNDRED.add(sign < 0 ? percent.negate() : percent)).divide(HUNDRED);
    }

    private static BigDecimal clamp(BigDecimal price, BigDecimal low, BigDecimal high) {
        return price.max(low).min(high);
    }

    private static String round2(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
