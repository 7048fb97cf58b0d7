package dev.priceflow.profile.segment.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Human-readable segment labels from centroids in original units (features: recencyDays, frequency, monetary,
 * priceSensitivity, discountAffinity). Value: the centroids ranked by monetary, "high value" for the top,
 * "low value" for the bottom, "mid value" between (k = 1: "all shoppers"). Sensitivity: "price-sensitive" at
 * 0.5 or more, else "price-insensitive". Activity: "active" within 90 days, "cooling" within 365, else "lapsed".
 * A label repeated in one model gets " (2)", " (3)" … in id order.
 */
public final class SegmentLabels {

    private SegmentLabels() {
    }

    /** Labels for centroids already ordered by monetary, highest first. */
    public static List<String> of(List<double[]> centroidsByMonetaryDesc) {
        int k = centroidsByMonetaryDesc.size();
        List<String> labels = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < k; i++) {
            double[] c = centroidsByMonetaryDesc.get(i);
            String value = k == 1 ? "all shoppers" : i == 0 ? "high value" : i == k - 1 ? "low value" : "mid value";
            String sensitivity = c[3] >= 0.5 ? "price-sensitive" : "price-insensitive";
            String activity = c[0] <= 90 ? "active" : c[0] <= 365 ? "cooling" : "lapsed";
            String label = value + ", " + sensitivity + ", " + activity;
            int n = seen.merge(label, 1, Integer::sum);
            labels.add(n == 1 ? label : label + " (" + n + ")");
        }
        return labels;
    }
}
