package dev.priceflow.pricing.policy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.pricing.optimize.domain.Objective;
import dev.priceflow.pricing.optimize.domain.PriceEnding;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyRulesTest {

    static PolicyInput valid() {
        return new PolicyInput("PROFIT", null, "10", ".99", true, "8", "5",
                Map.of("web", new PolicyInput.ChannelInput(true, true),
                        "marketplace", new PolicyInput.ChannelInput(true, false)));
    }

    @Test
    void aValidPolicyIsAcceptedWithItsChannelSwitchesAndLeftOutChannelsOff() {
        PolicyRules.Checked checked = PolicyRules.check("home", valid());
        assertThat(checked.errors()).isEmpty();
        CategoryPolicy policy = checked.policy();
        assertThat(policy.objective()).isEqualTo(Objective.PROFIT);
        assertThat(policy.priceEnding()).isEqualTo(PriceEnding.NINETY_NINE);
        assertThat(policy.on("web")).isEqualTo(new ChannelSwitches(true, true));
        assertThat(policy.on("marketplace")).isEqualTo(new ChannelSwitches(true, false));
        assertThat(policy.on("app")).isEqualTo(ChannelSwitches.OFF);
        assertThat(policy.rules().maxDailyChangePercent()).isEqualByComparingTo("10");
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        PolicyInput bad = new PolicyInput("CHEAPEST", "150", "101", ".49", null, "60", "-1",
                Map.of("shop", new PolicyInput.ChannelInput(true, true),
                        "app", new PolicyInput.ChannelInput(null, true)));
        PolicyRules.Checked checked = PolicyRules.check("bad category!", bad);
        assertThat(checked.policy()).isNull();
        assertThat(checked.errors()).extracting(PolicyFieldError::field).containsExactlyInAnyOrder("category",
                "objective", "targetMarginPercent", "maxDailyChangePercent", "priceEnding", "personalizationAllowed",
                "personalizationMaxPercent", "competitorWithinPercent", "channels.shop", "channels.app");
    }

    @Test
    void marginTargetNeedsItsTargetAndOtherObjectivesRefuseOne() {
        PolicyInput noTarget = new PolicyInput("MARGIN_TARGET", null, "10", "none", false, null, null, null);
        assertThat(PolicyRules.check("bags", noTarget).errors()).extracting(PolicyFieldError::message)
                .containsExactly("is required for MARGIN_TARGET");
        PolicyInput withTarget = new PolicyInput("MARGIN_TARGET", "45", "10", "none", false, null, null, null);
        CategoryPolicy policy = PolicyRules.check("bags", withTarget).policy();
        assertThat(policy.rules().targetMargin()).isEqualByComparingTo(new BigDecimal("0.45"));
        PolicyInput stray = new PolicyInput("REVENUE", "45", "10", "none", false, null, null, null);
        assertThat(PolicyRules.check("bags", stray).errors()).extracting(PolicyFieldError::field)
                .containsExactly("targetMarginPercent");
    }

    @Test
    void decimalsMustBeDecimals() {
        PolicyInput bad = new PolicyInput("PROFIT", null, "ten", "none", true, "1.123456", null, null);
        assertThat(PolicyRules.check("home", bad).errors()).extracting(PolicyFieldError::field)
                .containsExactlyInAnyOrder("maxDailyChangePercent", "personalizationMaxPercent");
    }

    @Test
    void skuLimitsRefuseAFloorAboveTheCeilingNegativesAndMarginsAbove100Percent() {
        assertThat(SkuLimits.check("A1", new SkuLimits.Input("5.00", "4.00", "101")).errors())
                .extracting(PolicyFieldError::field).containsExactlyInAnyOrder("floorPrice", "minMarginPercent");
        assertThat(SkuLimits.check("A1", new SkuLimits.Input("-1", "0", "-5")).errors())
                .extracting(PolicyFieldError::field)
                .containsExactlyInAnyOrder("floorPrice", "ceilingPrice", "minMarginPercent");
        SkuLimits ok = SkuLimits.check("A1", new SkuLimits.Input("1.50", null, "12.5")).limits();
        assertThat(ok).isEqualTo(new SkuLimits("A1", new BigDecimal("1.50"), null, new BigDecimal("12.5")));
    }
}
