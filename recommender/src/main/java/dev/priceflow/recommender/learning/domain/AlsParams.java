package dev.priceflow.recommender.learning.domain;

/**
 * Hyper-parameters of implicit ALS: confidence {@code c = 1 + alpha * ln(1 + weight)} (log damping keeps bulk
 * buyers from dominating), L2 {@code regularization}, {@code iterations} alternating sweeps, seeded init.
 */
public record AlsParams(int factors, double regularization, double alpha, int iterations, long seed) {

    public AlsParams {
        if (factors < 1 || factors > 512) {
            throw new IllegalArgumentException("factors must be in 1..512, got " + factors);
        }
        if (!(regularization > 0) || !(alpha >= 0) || iterations < 1) {
            throw new IllegalArgumentException("regularization > 0, alpha >= 0 and iterations >= 1 are required");
        }
    }

    public static AlsParams defaults(long seed) {
        return new AlsParams(32, 0.1, 20.0, 12, seed);
    }

    double confidence(double weight) {
        return 1.0 + alpha * Math.log1p(weight);
    }
}
