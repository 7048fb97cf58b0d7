package dev.priceflow.recommender.recommendation.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The shopper's usual price band on a log scale: mean and spread of the log list prices of what they looked at
 * and bought. Fit is {@code exp(-z^2/2)}, 1 at the centre; spread has a floor so two similar prices do not
 * make every other price a misfit. No history: every price fits.
 */
public record PriceBand(double logMean, double logSpread, boolean known) {

    static final double MIN_SPREAD = 0.5;

    public static PriceBand of(List<BigDecimal> prices) {
        List<Double> logs = prices.stream().filter(p -> p != null && p.signum() > 0)
                .map(p -> Math.log(p.doubleValue())).toList();
        if (logs.isEmpty()) {
            return new PriceBand(0, 1, false);
        }
        double mean = logs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double var = logs.stream().mapToDouble(x -> (x - mean) * (x - mean)).average().orElse(0);
        return new PriceBand(mean, Math.max(MIN_SPREAD, Math.sqrt(var)), true);
    }

    public double fit(BigDecimal price) {
        if (!known || price == null || price.signum() <= 0) {
            return 1;
        }
        double z = (Math.log(price.doubleValue()) - logMean) / logSpread;
        return Math.exp(-z * z / 2);
    }
}
