package dev.priceflow.pricing.domain;

import static dev.priceflow.pricing.domain.Fixtures.NOW;
import static dev.priceflow.pricing.domain.Fixtures.amountOff;
import static dev.priceflow.pricing.domain.Fixtures.percentOff;
import static dev.priceflow.pricing.domain.Fixtures.product;
import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.pricing.domain.PriceStep.Rule;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalPriceTest {

    private final PriceCalculator calculator = new PriceCalculator(Fixtures.POLICY);
    private final PersonalAdjustment fivePercent = new PersonalAdjustment(new BigDecimal("5"),
            "Loyalty: 39 orders with us, 5 % off");

    @Test
    void stepsAreListPersonalPromotionRounding() {
        PriceBreakdown result = calculator.price(product("20.00", "10.00"), List.of(percentOff("20", 1)), NOW,
                fivePercent);

        assertThat(result.steps()).extracting(PriceStep::rule).containsExactly(Rule.LIST_PRICE,
                Rule.PERSONAL_DISCOUNT, Rule.BEST_PROMOTION, Rule.ROUNDING);
        assertThat(result.steps()).extracting(PriceStep::priceAfter).containsExactly(new BigDecimal("20.00"),
                new BigDecimal("19.00"), new BigDecimal("15.20"), new BigDecimal("15.20"));
        assertThat(result.standardPrice()).isEqualTo(new BigDecimal("16.00"));
        assertThat(result.personalized()).isTrue();
    }

    @Test
    void noAdjustmentIsTheStandardPriceWithTheReasonListed() {
        PriceBreakdown result = calculator.price(product("20.00", "10.00"), List.of(), NOW,
                PersonalAdjustment.noProfile());

        assertThat(result.price()).isEqualTo(new BigDecimal("20.00"));
        assertThat(result.personalized()).isFalse();
        assertThat(result.steps()).extracting(PriceStep::rule).containsExactly(Rule.LIST_PRICE,
                Rule.NO_PERSONAL_ADJUSTMENT, Rule.NO_PROMOTION, Rule.ROUNDING);
    }

    @Test
    void theMarginFloorStillBindsAndThenNothingIsPersonal() {
        // floor 10.00 * 1.05 = 10.50; standard price after 50 % off: floor 10.50; personal cannot go lower.
        PriceBreakdown result = calculator.price(product("20.00", "10.00"), List.of(percentOff("50", 1)), NOW,
                fivePercent);

        assertThat(result.price()).isEqualTo(new BigDecimal("10.50"));
        assertThat(result.personalized()).isFalse();
        assertThat(result.steps()).extracting(PriceStep::rule).contains(Rule.MARGIN_FLOOR);
    }

    @Test
    void anAmountOffCannotWidenThePersonalGapBeyondThePercent() {
        // standard: 10.00 - 9.00 = 1.00; personal: 9.50 - 9.00 = 0.50 would be 50 % below; limited to 0.95.
        PriceBreakdown result = calculator.price(product("10.00", "0"), List.of(amountOff("9", 1)), NOW, fivePercent);

        assertThat(result.price()).isEqualTo(new BigDecimal("0.95"));
        assertThat(result.standardPrice()).isEqualTo(new BigDecimal("1.00"));
        assertThat(result.steps()).extracting(PriceStep::rule).contains(Rule.PERSONAL_LIMIT);
    }
}
