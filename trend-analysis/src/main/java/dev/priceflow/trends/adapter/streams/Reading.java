package dev.priceflow.trends.adapter.streams;

import dev.priceflow.trends.domain.Momentum;
import dev.priceflow.trends.domain.TrendWindow;
import dev.priceflow.trends.domain.WindowCounts;
import java.time.Instant;

/** Counts and momentum of one key (SKU or category) in one window, as computed after each update. */
record Reading(String key, TrendWindow window, Instant windowStart, Instant windowEnd, WindowCounts counts,
               Momentum momentum) {

    TrendSignal.CategoryMomentum asCategory() {
        return new TrendSignal.CategoryMomentum(key, window.label(), windowStart, windowEnd, counts.views(),
                counts.carts(), counts.purchases(), momentum.score(), momentum.baselineMean(),
                momentum.baselineStdDev(), momentum.zScore(), momentum.anomaly());
    }

    TrendSignal.ProductMomentum asProduct() {
        return new TrendSignal.ProductMomentum(key, counts.category(), window.label(), windowStart, windowEnd,
                counts.views(), counts.carts(), counts.purchases(), momentum.score(), momentum.baselineMean(),
                momentum.baselineStdDev(), momentum.zScore(), momentum.anomaly());
    }
}
