package dev.priceflow.profile.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Category affinity with exponential time decay: an interaction of weight w at time t is worth
 * {@code w · 2^(-(T - t) / halfLife)} at a later time T. Scores are kept valued at {@code asOf} (the latest
 * interaction), so adding an older event decays that event instead, and the result does not depend on the
 * order events arrive in. Shares (scores divided by their sum) do not depend on the valuation time at all.
 */
public record CategoryDecay(Duration halfLife) {

    public CategoryDecay {
        if (halfLife == null || halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("halfLife must be positive");
        }
    }

    /** Scores and the instant they are valued at. */
    public record Scores(Map<String, Double> values, Instant asOf) {
    }

    /** The factor a score shrinks by over {@code elapsed}: 0.5 after one half-life. */
    public double factor(Duration elapsed) {
        return Math.pow(2.0, -(double) elapsed.toMillis() / halfLife.toMillis());
    }

    public Scores add(Map<String, Double> scores, Instant asOf, String category, double weight, Instant at) {
        Map<String, Double> next = new TreeMap<>(scores);
        if (asOf == null || at.isAfter(asOf)) {
            double shrink = asOf == null ? 1.0 : factor(Duration.between(asOf, at));
            next.replaceAll((k, v) -> v * shrink);
            next.merge(category, weight, Double::sum);
            return new Scores(next, at);
        }
        next.merge(category, weight * factor(Duration.between(at, asOf)), Double::sum);
        return new Scores(next, asOf);
    }

    /** The scores valued at {@code when} (not before {@code asOf}). */
    public Map<String, Double> valuedAt(Map<String, Double> scores, Instant asOf, Instant when) {
        double f = asOf == null || !when.isAfter(asOf) ? 1.0 : factor(Duration.between(asOf, when));
        Map<String, Double> out = new TreeMap<>();
        scores.forEach((k, v) -> out.put(k, v * f));
        return out;
    }

    /** The {@code limit} largest shares, largest first (ties: category name), summing to 1 over all categories. */
    public static Map<String, Double> topShares(Map<String, Double> scores, int limit) {
        double total = scores.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> out = new LinkedHashMap<>();
        if (total <= 0) {
            return out;
        }
        List<Map.Entry<String, Double>> sorted = scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).toList();
        sorted.forEach(e -> out.put(e.getKey(), e.getValue() / total));
        return out;
    }
}
