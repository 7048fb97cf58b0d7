package dev.priceflow.forecast.elasticity.domain;

import java.util.List;
import java.util.Map;

/**
 * Own-price elasticity of one SKU from the weekly history of all SKUs. Each SKU with at least
 * {@code minWeeks} weeks and {@code minDistinctPrices} distinct prices gets its own log-log estimate β̂ with
 * standard error se. The prior is the fixed-effects pooled estimate over the SKU's category when that
 * category has at least 2 estimable SKUs, else over all estimable SKUs; τ² is the between-SKU variance over
 * all estimable SKUs. The answer is β = w·β̂ + (1 − w)·β_prior with w = τ²/(τ² + se²), variance
 * w·se² + (1 − w)²·se_prior²; a SKU without an own estimate gets w = 0 and variance τ² + se_prior².
 */
public final class ElasticityEstimator {

    private static final double Z95 = 1.959964;

    private final int minWeeks;
    private final int minDistinctPrices;

    public ElasticityEstimator(int minWeeks, int minDistinctPrices) {
        if (minWeeks < 3 || minDistinctPrices < 2) {
            throw new IllegalArgumentException("need minWeeks >= 3 and minDistinctPrices >= 2");
        }
        this.minWeeks = minWeeks;
        this.minDistinctPrices = minDistinctPrices;
    }

    /**
     * @param weekly     weekly points per SKU (every SKU with history)
     * @param categories category per SKU where known (may be empty)
     */
    public Result estimate(String sku, Map<String, List<WeeklyPoint>> weekly, Map<String, String> categories) {
        List<SkuFit> estimable = weekly.entrySet().stream()
                .map(e -> SkuFit.of(e.getKey(), e.getValue()))
                .filter(f -> f.estimable(minWeeks, minDistinctPrices))
                .toList();
        if (estimable.size() < 2) {
            return new Result.Insufficient("only " + estimable.size() + " SKU(s) have at least " + minWeeks
                    + " weeks with sales and " + minDistinctPrices + " distinct prices; at least 2 are needed to"
                    + " estimate the between-SKU variance");
        }
        PooledFit all = PooledFit.of(estimable);
        String category = categories.get(sku);
        List<SkuFit> inCategory = category == null ? List.of()
                : estimable.stream().filter(f -> category.equals(categories.get(f.sku()))).toList();
        PooledFit prior = inCategory.size() >= 2 ? PooledFit.of(inCategory) : all;
        String scope = inCategory.size() >= 2 ? "category:" + category : "all-skus";

        SkuFit own = SkuFit.of(sku, weekly.getOrDefault(sku, List.of()));
        double tau2 = all.tau2();
        double sePrior2 = prior.standardError() * prior.standardError();
        if (!own.estimable(minWeeks, minDistinctPrices)) {
            String note = "too little price variation: " + own.weeks() + " week(s) with sales and "
                    + own.distinctPrices() + " distinct price(s) (need " + minWeeks + " and " + minDistinctPrices
                    + "); the prior is used alone";
            return found(sku, prior.beta(), tau2 + sePrior2, own.weeks(), 0, prior.beta(), scope, note);
        }
        double se2 = own.standardError() * own.standardError();
        double w = tau2 + se2 == 0 ? 1 : tau2 / (tau2 + se2);
        double beta = w * own.beta() + (1 - w) * prior.beta();
        double variance = w * se2 + (1 - w) * (1 - w) * sePrior2;
        String note = w == 0 ? "between-SKU variance is 0: the SKUs look alike, the prior is used alone" : null;
        return found(sku, beta, variance, own.weeks(), w, prior.beta(), scope, note);
    }

    private static Result found(String sku, double beta, double variance, int weeks, double w, double prior,
                                String scope, String note) {
        double half = Z95 * Math.sqrt(variance);
        return new Result.Found(new Elasticity(sku, beta, beta - half, beta + half, Elasticity.METHOD, weeks, w,
                prior, scope, note));
    }

    public sealed interface Result {
        record Found(Elasticity elasticity) implements Result {
        }

        record Insufficient(String reason) implements Result {
        }
    }
}
