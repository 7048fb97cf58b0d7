package dev.priceflow.pricing.experiment.domain;

import java.math.BigDecimal;

/**
 * What one arm (or the holdout) collected: exposed visitors, those who bought, units, and the sums and sums of
 * squares of per-visitor revenue and profit (visitors who did not buy count as 0).
 */
public record ArmTally(String arm, long visitors, long buyers, long units, BigDecimal revenue, BigDecimal revenueSq,
                       BigDecimal profit, BigDecimal profitSq) {

    public static ArmTally empty(String arm) {
        return new ArmTally(arm, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
