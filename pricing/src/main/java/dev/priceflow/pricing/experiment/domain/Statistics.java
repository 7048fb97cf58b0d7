package dev.priceflow.pricing.experiment.domain;

/**
 * Normal-approximation 95 % intervals (z = 1.96). Proportions: Wald, {@code p ± z·sqrt(p(1-p)/n)}, clipped to
 * [0, 1]. Per-visitor means: {@code mean ± z·s/sqrt(n)} with the sample standard deviation {@code s}.
 * Differences of two arms: the unpooled (Welch) standard error {@code sqrt(se1² + se0²)}. Limits: these are
 * large-sample approximations; with few visitors or conversions near 0 or 1 the intervals are too narrow
 * (Wald gives a zero-width interval at 0 conversions), and per-visitor revenue is heavily skewed, so treat
 * intervals from fewer than ~30 buyers per arm as indicative only. No correction for peeking or for several arms.
 */
public final class Statistics {

    public static final double Z95 = 1.96;

    private Statistics() {
    }

    public record Interval(double low, double high) {
    }

    public record Estimate(double value, double standardError, Interval ci95) {
    }

    public static Estimate proportion(long successes, long n) {
        if (n <= 0) {
            return new Estimate(0, 0, new Interval(0, 0));
        }
        double p = (double) successes / n;
        double se = Math.sqrt(p * (1 - p) / n);
        return new Estimate(p, se, new Interval(Math.max(0, p - Z95 * se), Math.min(1, p + Z95 * se)));
    }

    /** The mean per visitor from the count, sum and sum of squares of the per-visitor values. */
    public static Estimate mean(long n, double sum, double sumOfSquares) {
        if (n <= 0) {
            return new Estimate(0, 0, new Interval(0, 0));
        }
        double mean = sum / n;
        double variance = n < 2 ? 0 : Math.max(0, (sumOfSquares - sum * sum / n) / (n - 1));
        double se = Math.sqrt(variance / n);
        return new Estimate(mean, se, new Interval(mean - Z95 * se, mean + Z95 * se));
    }

    /** {@code treatment - control} with the unpooled standard error. */
    public static Estimate difference(Estimate treatment, Estimate control) {
        double diff = treatment.value() - control.value();
        double se = Math.sqrt(treatment.standardError() * treatment.standardError()
                + control.standardError() * control.standardError());
        return new Estimate(diff, se, new Interval(diff - Z95 * se, diff + Z95 * se));
    }
}
