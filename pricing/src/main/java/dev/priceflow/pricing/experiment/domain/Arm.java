package dev.priceflow.pricing.experiment.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** One arm of a price experiment: a change of the shopper's price in percent, and its share of the traffic. */
public record Arm(String name, BigDecimal priceChangePercent, int weightPercent) {

    public Arm {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(priceChangePercent, "priceChangePercent");
        if (weightPercent < 1 || weightPercent > 100) {
            throw new IllegalArgumentException("weightPercent must be within 1..100, got " + weightPercent);
        }
    }
}
