package dev.priceflow.profile.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The detailed side of a profile: when the shopper last bought, decayed category scores (valued at
 * {@code categoriesAsOf}, the latest event that touched them), the last viewed SKUs (most recent first) and
 * per-SKU activity. Maps are sorted so that every computation over them runs in one fixed order.
 */
public record Behaviour(Instant lastPurchaseAt, Map<String, Double> categories, Instant categoriesAsOf,
                        List<RecentView> recentViews, Map<String, SkuActivity> skus) {

    public Behaviour {
        categories = categories == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(categories));
        recentViews = recentViews == null ? List.of() : List.copyOf(recentViews);
        skus = skus == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(skus));
    }

    public static final Behaviour NONE = new Behaviour(null, Map.of(), null, List.of(), Map.of());
}
