package dev.priceflow.pricing.whatif.domain;

/**
 * Constant-elasticity demand: {@code units(p) = unitsAtReference * (p / reference)^elasticity}. With the
 * documented default elasticity -2.0, 10 % off sells about 23 % more units.
 */
public record ElasticDemand(double unitsAtReference, double reference, double elasticity) {

    public ElasticDemand {
        if (!(unitsAtReference >= 0) || !(reference > 0) || !(elasticity <= 0)) {
            throw new IllegalArgumentException("need units >= 0, reference > 0 and elasticity <= 0");
        }
    }

    public double units(double price) {
        return unitsAtReference * Math.pow(price / reference, elasticity);
    }
}
