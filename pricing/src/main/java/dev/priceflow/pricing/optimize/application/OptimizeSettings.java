package dev.priceflow.pricing.optimize.application;

import dev.priceflow.pricing.optimize.domain.StockRule;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/**
 * Defaults and limits of the base-price step. The elasticity used is the estimate (or the category default,
 * else {@code defaultElasticity} when none is known) clamped to {@code [minElasticity, maxElasticity]};
 * {@code defaultUnitsPerDay} stands in for a missing forecast.
 */
public record OptimizeSettings(boolean enabled, double defaultElasticity, Map<String, Double> categoryElasticity,
                               double minElasticity, double maxElasticity, double defaultUnitsPerDay,
                               double defaultCeilingPercent, StockRule stockRule, BigDecimal minMargin,
                               BigDecimal minimumPrice, Duration database, Duration cache) {

    public OptimizeSettings {
        categoryElasticity = Map.copyOf(categoryElasticity);
        if (!(minElasticity < maxElasticity) || !(defaultUnitsPerDay >= 0)) {
            throw new IllegalArgumentException("need minElasticity < maxElasticity and defaultUnitsPerDay >= 0");
        }
    }

    public double elasticity(String category, Double estimate) {
        double e = estimate != null ? estimate : categoryElasticity.getOrDefault(category, defaultElasticity);
        return Math.max(minElasticity, Math.min(maxElasticity, e));
    }

    /** Where the elasticity of a quote came from, for its explanation (e.g. "elasticity source: ..."). */
    public String elasticitySource(String category, Double estimate) {
        double used = elasticity(category, estimate);
        if (estimate != null) {
            return "elasticity source: demand-forecast estimate " + String.format(java.util.Locale.ROOT, "%.2f", estimate)
                    + (used != estimate ? String.format(java.util.Locale.ROOT, ", clamped to %.2f", used) : "");
        }
        return "elasticity source: " + (categoryElasticity.containsKey(category) ? "category default for " + category
                : "service default") + String.format(java.util.Locale.ROOT, " %.2f", used)
                + " (no demand-forecast estimate yet)";
    }
}
