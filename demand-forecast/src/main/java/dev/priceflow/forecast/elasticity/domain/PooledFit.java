package dev.priceflow.forecast.elasticity.domain;

import java.util.List;

/**
 * The fixed-effects (within) estimator over several SKUs: one common β from the pooled demeaned sums, its
 * standard error with N − K − 1 degrees of freedom, and the method-of-moments between-SKU variance τ² of
 * the SKUs' own estimates: max(0, sample variance of β̂_i − mean se_i²).
 */
public record PooledFit(double beta, double standardError, double tau2, int skus, int weeks) {

    public static PooledFit of(List<SkuFit> fits) {
        if (fits.size() < 2) {
            throw new IllegalArgumentException("pooling needs at least 2 SKUs");
        }
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        int n = 0;
        double meanBeta = 0;
        double meanSe2 = 0;
        for (SkuFit f : fits) {
            sxx += f.sxx();
            sxy += f.sxy();
            syy += f.syy();
            n += f.weeks();
            meanBeta += f.beta();
            meanSe2 += f.standardError() * f.standardError();
        }
        int k = fits.size();
        meanBeta /= k;
        meanSe2 /= k;
        double var = 0;
        for (SkuFit f : fits) {
            var += (f.beta() - meanBeta) * (f.beta() - meanBeta);
        }
        var /= k - 1;
        double beta = sxy / sxx;
        double rss = Math.max(0, syy - beta * sxy);
        double se = Math.sqrt(rss / Math.max(1, n - k - 1) / sxx);
        return new PooledFit(beta, se, Math.max(0, var - meanSe2), k, n);
    }
}
