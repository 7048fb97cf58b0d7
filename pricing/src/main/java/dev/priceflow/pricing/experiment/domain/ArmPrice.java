package dev.priceflow.pricing.experiment.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** The experiment price change a quote gets: experiment, arm, change in percent and a shopper-readable reason. */
public record ArmPrice(long experimentId, String experiment, String arm, BigDecimal changePercent, String reason) {

    public ArmPrice {
        Objects.requireNonNull(arm, "arm");
        Objects.requireNonNull(changePercent, "changePercent");
        Objects.requireNonNull(reason, "reason");
    }

    public static ArmPrice of(Experiment experiment, Arm arm) {
        String pct = arm.priceChangePercent().abs().stripTrailingZeros().toPlainString();
        String reason = switch (arm.priceChangePercent().signum()) {
            case 0 -> "Price test: you see the standard price (comparison group)";
            case 1 -> "Price test: this price is " + pct + " % above the standard price while we test prices";
            default -> "Price test: this price is " + pct + " % below the standard price while we test prices";
        };
        return new ArmPrice(experiment.id(), experiment.name(), arm.name(), arm.priceChangePercent(), reason);
    }
}
