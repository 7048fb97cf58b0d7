package dev.priceflow.profile.domain;

import java.util.Map;

/**
 * What a profile says about a shopper at one instant: RFM, price sensitivity in [0, 1], discount affinity
 * (average paid / list price, null when unknown) and the top category shares.
 */
public record ProfileFeatures(Rfm rfm, double priceSensitivity, Double discountAffinity,
                              Map<String, Double> topCategories) {

    /** Features for segmentation, in {@link #FEATURE_NAMES} order, in original units. */
    public double[] vector(long daysSinceLastEvent) {
        double recency = rfm.recencyDays() != null ? rfm.recencyDays() : daysSinceLastEvent;
        return new double[] {recency, rfm.frequency(), rfm.monetary().doubleValue(), priceSensitivity,
                discountAffinity == null ? 1.0 : discountAffinity};
    }

    public static final java.util.List<String> FEATURE_NAMES = java.util.List.of("recencyDays", "frequency",
            "monetary", "priceSensitivity", "discountAffinity");
}
