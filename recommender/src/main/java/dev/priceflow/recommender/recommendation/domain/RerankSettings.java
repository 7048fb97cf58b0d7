package dev.priceflow.recommender.recommendation.domain;

import java.util.Map;

/**
 * Reranking knobs: per-source weights of the blend, the most items of one category as a share of the list,
 * the share of slots given to exploration (popular items from categories not yet in the list), and how much
 * the fit to the shopper's usual price band can scale a score ({@code 0} = ignored, {@code 1} = decisive).
 */
public record RerankSettings(Map<Source, Double> weights, double maxCategoryShare, double explorationShare,
                             double priceBandWeight) {

    public RerankSettings {
        weights = Map.copyOf(weights);
        if (!(maxCategoryShare > 0 && maxCategoryShare <= 1) || explorationShare < 0 || explorationShare > 0.5
                || priceBandWeight < 0 || priceBandWeight > 1) {
            throw new IllegalArgumentException("maxCategoryShare in (0,1], explorationShare in [0,0.5], "
                    + "priceBandWeight in [0,1]");
        }
    }

    public double weight(Source source) {
        return weights.getOrDefault(source, 0.0);
    }
}
