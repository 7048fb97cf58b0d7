package dev.priceflow.pricing.optimize.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.PersonalAdjustment;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.policy.domain.PolicyInput;
import dev.priceflow.pricing.policy.domain.PolicyRules;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaseDecisionTest {

    static final Product MUG = new Product(new Sku("MUG-1"), "Mug", "home", Currency.getInstance("GBP"),
            new BigDecimal("10.00"), new BigDecimal("4.00"), 10);
    static final PersonalAdjustment EIGHT = new PersonalAdjustment(new BigDecimal("8"), "Loyalty");

    static BaseDecision decision(boolean allowed, String max, String channel) {
        var policy = PolicyRules.check("home", new PolicyInput("PROFIT", null, "10", "none", allowed, max, null,
                Map.of("web", new PolicyInput.ChannelInput(true, true),
                        "app", new PolicyInput.ChannelInput(true, false)))).policy();
        return new BaseDecision(MUG, null, policy, channel);
    }

    @Test
    void thePolicyCapsSwitchesOffOrKeepsThePersonalDiscount() {
        assertThat(decision(true, "10", "web").bound(EIGHT)).isEqualTo(EIGHT);
        PersonalAdjustment capped = decision(true, "5", "web").bound(EIGHT);
        assertThat(capped.percent()).isEqualByComparingTo("5");
        assertThat(capped.reason()).contains("capped at 5 % by the pricing policy of home");
        assertThat(decision(false, "10", "web").bound(EIGHT).applies()).isFalse();
        assertThat(decision(true, "10", "app").bound(EIGHT).reason()).contains("off on the app channel");
        assertThat(BaseDecision.unoptimized(MUG, "web").bound(EIGHT)).isEqualTo(EIGHT);
    }
}
