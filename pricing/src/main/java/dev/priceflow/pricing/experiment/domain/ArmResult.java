package dev.priceflow.pricing.experiment.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The statistics of one arm (or the holdout): conversion (buyers / visitors, Wald), revenue and profit per
 * visitor (mean with normal CI) and, for arms other than the control, the conversion difference to the control
 * (unpooled SE). {@code vsControl} is null for the control and the holdout.
 */
public record ArmResult(String name, long visitors, long buyers, long units, Statistics.Estimate conversion,
                        Statistics.Estimate revenuePerVisitor, Statistics.Estimate profitPerVisitor,
                        Statistics.Estimate vsControl) {

    /** Results for every arm in the experiment's order (arms without visitors as zeros) and the holdout last. */
    public static List<ArmResult> of(Experiment experiment, List<ArmTally> tallies) {
        Map<String, ArmTally> byArm = tallies.stream().collect(Collectors.toMap(ArmTally::arm, Function.identity(),
                (a, b) -> a));
        ArmTally controlTally = byArm.getOrDefault(experiment.control().name(),
                ArmTally.empty(experiment.control().name()));
        Statistics.Estimate control = Statistics.proportion(controlTally.buyers(), controlTally.visitors());
        List<ArmResult> out = new java.util.ArrayList<>();
        for (Arm arm : experiment.arms()) {
            ArmTally t = byArm.getOrDefault(arm.name(), ArmTally.empty(arm.name()));
            boolean isControl = arm.equals(experiment.control());
            out.add(of(t, isControl ? null : control));
        }
        out.add(of(byArm.getOrDefault(Assignment.HOLDOUT, ArmTally.empty(Assignment.HOLDOUT)), null));
        return out;
    }

    static ArmResult of(ArmTally t, Statistics.Estimate control) {
        Statistics.Estimate conversion = Statistics.proportion(t.buyers(), t.visitors());
        return new ArmResult(t.arm(), t.visitors(), t.buyers(), t.units(), conversion,
                Statistics.mean(t.visitors(), t.revenue().doubleValue(), t.revenueSq().doubleValue()),
                Statistics.mean(t.visitors(), t.profit().doubleValue(), t.profitSq().doubleValue()),
                control == null ? null : Statistics.difference(conversion, control));
    }
}
