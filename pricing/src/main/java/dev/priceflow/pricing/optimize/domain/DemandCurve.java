package dev.priceflow.pricing.optimize.domain;

/**
 * Constant-elasticity expected demand: {@code q(p) = q0 * (p / p0)^e} units per day, anchored at the
 * reference price {@code p0} where {@code q0} units a day are expected.
 */
public record DemandCurve(double referencePrice, double unitsPerDay, double elasticity) {

    public DemandCurve {
        if (!(referencePrice > 0) || !(unitsPerDay >= 0) || !Double.isFinite(elasticity)) {
            throw new IllegalArgumentException("a demand curve needs p0 > 0, q0 >= 0 and a finite elasticity");
        }
    }

    public double units(double price) {
        return unitsPerDay * Math.pow(price / referencePrice, elasticity);
    }
}
