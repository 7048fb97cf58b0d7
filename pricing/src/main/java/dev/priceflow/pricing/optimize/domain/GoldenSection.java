package dev.priceflow.pricing.optimize.domain;

import java.util.function.DoubleUnaryOperator;

/**
 * Maximizes a function of one variable over {@code [low, high]} by golden-section search (exact for unimodal
 * functions; for others it finds a local maximum), then compares with both ends so a monotone objective
 * returns the right end exactly.
 */
public final class GoldenSection {

    private static final double INVERSE_PHI = (Math.sqrt(5) - 1) / 2;

    private GoldenSection() {
    }

    public static double maximize(DoubleUnaryOperator f, double low, double high, double tolerance) {
        if (high <= low) {
            return low;
        }
        double a = low;
        double b = high;
        double c = b - INVERSE_PHI * (b - a);
        double d = a + INVERSE_PHI * (b - a);
        double fc = f.applyAsDouble(c);
        double fd = f.applyAsDouble(d);
        for (int i = 0; i < 200 && b - a > tolerance; i++) {
            if (fc >= fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - INVERSE_PHI * (b - a);
                fc = f.applyAsDouble(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + INVERSE_PHI * (b - a);
                fd = f.applyAsDouble(d);
            }
        }
        double best = (a + b) / 2;
        double fBest = f.applyAsDouble(best);
        if (f.applyAsDouble(low) > fBest) {
            best = low;
            fBest = f.applyAsDouble(low);
        }
        return f.applyAsDouble(high) > fBest ? high : best;
    }
}
