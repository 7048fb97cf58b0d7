package dev.priceflow.pricing.promotion.config;

import dev.priceflow.pricing.promotion.domain.ApprovalRule;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code priceflow.pricing.promotion-approval.threshold-percent}: a promotion taking more than this percent off a
 * targeted list price (an amount off or a fixed price counted as the percent it takes) needs a second marketing
 * user's approval before it is scheduled (default 30). See {@link ApprovalRule}.
 */
@Validated
@ConfigurationProperties("priceflow.pricing.promotion-approval")
public record PromotionApprovalProperties(@DecimalMin("0") @DecimalMax("100") BigDecimal thresholdPercent) {

    public PromotionApprovalProperties {
        thresholdPercent = thresholdPercent == null ? ApprovalRule.DEFAULT.thresholdPercent() : thresholdPercent;
    }

    public ApprovalRule rule() {
        return new ApprovalRule(thresholdPercent);
    }
}
