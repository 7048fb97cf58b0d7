package dev.priceflow.forecast.elasticity.domain;

/**
 * An own-price elasticity with its approximate 95% interval. {@code observations}: weeks of this SKU used;
 * {@code shrinkageWeight} w: the weight of the SKU's own estimate (0 = the prior alone);
 * {@code priorElasticity}: the pooled estimate shrunk toward, over {@code priorScope} ("category:X" or
 * "all-skus"); {@code note}: why w is 0, when it is.
 */
public record Elasticity(String sku, double elasticity, double low, double high, String method, int observations,
                         double shrinkageWeight, double priorElasticity, String priorScope, String note) {

    public static final String METHOD = "log-log OLS of weekly units on weekly average paid price, SKU fixed effects"
            + " (within-SKU demeaning), empirical-Bayes shrinkage toward the pooled category (else all-SKU)"
            + " estimate; normal 95% interval";
}
