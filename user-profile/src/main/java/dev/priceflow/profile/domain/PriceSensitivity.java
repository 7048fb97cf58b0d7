package dev.priceflow.profile.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Estimates how price-sensitive a shopper is, in [0, 1], from what they bought and what they skipped.
 * Deterministic: SKUs are visited in name order and nothing random or time-dependent is used.
 *
 * <ul>
 *   <li>Each SKU bought with a known list price gives the signal {@code clamp((1 − paid/list) / fullDepth, 0, 1)}
 *       (how deep below list it was bought; at or above list: 0), raised to the share of its purchase lines that
 *       were on promotion when that is higher; weight 1.</li>
 *   <li>Each SKU skipped (viewed or carted, never bought) with a known price (last cart price, else list price)
 *       gives {@code clamp(0.5 + 0.5 · log2(price / reference), 0, 1)}, where {@code reference} is the median list
 *       price of the SKUs the shopper bought: skipping what costs twice their usual is full evidence of
 *       sensitivity, skipping what costs half is none. Weight 1 when carted, 0.5 when only viewed. Without a
 *       bought reference, skips say nothing.</li>
 *   <li>The estimate is the weighted mean of the signals shrunk towards 0.5 by {@code priorWeight} pseudo
 *       observations: {@code (0.5·priorWeight + Σ w·s) / (priorWeight + Σ w)}. No evidence gives 0.5.</li>
 * </ul>
 */
public record PriceSensitivity(double fullDepth, double priorWeight) {

    public static final double NEUTRAL = 0.5;

    public PriceSensitivity {
        if (!(fullDepth > 0 && fullDepth <= 1) || !(priorWeight >= 0)) {
            throw new IllegalArgumentException("fullDepth must be in (0, 1] and priorWeight >= 0");
        }
    }

    public double estimate(Map<String, SkuActivity> skus) {
        double sum = NEUTRAL * priorWeight;
        double weight = priorWeight;
        for (SkuActivity a : skus.values()) {
            if (a.bought() && a.listValue().signum() > 0) {
                double depth = 1.0 - a.paidValue().divide(a.listValue(), MathContext.DECIMAL64).doubleValue();
                double signal = Math.max(clamp(depth / fullDepth), (double) a.promoLines() / a.linesBought());
                sum += signal;
                weight += 1.0;
            }
        }
        Double reference = medianBoughtListPrice(skus);
        if (reference != null) {
            for (SkuActivity a : skus.values()) {
                BigDecimal price = a.lastCartPrice() != null ? a.lastCartPrice() : a.listPrice();
                if (a.skipped() && price != null && price.signum() > 0) {
                    double w = a.cartAdds() > 0 ? 1.0 : 0.5;
                    double log2 = Math.log(price.doubleValue() / reference) / Math.log(2.0);
                    sum += w * clamp(0.5 + 0.5 * log2);
                    weight += w;
                }
            }
        }
        return weight == 0 ? NEUTRAL : sum / weight;
    }

    /**
     * Average paid price relative to list price over everything bought with a known list price
     * (Σ paid / Σ list, unit-weighted); null when nothing such was bought. 0.9 means 10 % below list on average.
     */
    public static Double discountAffinity(Map<String, SkuActivity> skus) {
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal list = BigDecimal.ZERO;
        for (SkuActivity a : skus.values()) {
            if (a.bought() && a.listValue().signum() > 0) {
                paid = paid.add(a.paidValue());
                list = list.add(a.listValue());
            }
        }
        return list.signum() == 0 ? null : paid.divide(list, MathContext.DECIMAL64).doubleValue();
    }

    private static Double medianBoughtListPrice(Map<String, SkuActivity> skus) {
        List<Double> prices = new ArrayList<>();
        skus.values().forEach(a -> {
            if (a.bought() && a.listPrice() != null && a.listPrice().signum() > 0) {
                prices.add(a.listPrice().doubleValue());
            }
        });
        if (prices.isEmpty()) {
            return null;
        }
        prices.sort(Double::compare);
        int n = prices.size();
        return n % 2 == 1 ? prices.get(n / 2) : (prices.get(n / 2 - 1) + prices.get(n / 2)) / 2.0;
    }

    private static double clamp(double x) {
        return Math.max(0.0, Math.min(1.0, x));
    }
}
