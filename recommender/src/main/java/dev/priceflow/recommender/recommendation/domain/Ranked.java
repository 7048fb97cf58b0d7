package dev.priceflow.recommender.recommendation.domain;

import java.util.List;

/** One recommended product with its final score and the reasons a shopper can read. */
public record Ranked(Product product, double score, List<String> reasons) {

    public Ranked {
        reasons = List.copyOf(reasons);
    }
}
