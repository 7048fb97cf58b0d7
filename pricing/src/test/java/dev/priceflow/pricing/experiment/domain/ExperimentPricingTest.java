package dev.priceflow.pricing.experiment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.PersonalAdjustment;
import dev.priceflow.pricing.domain.PriceBreakdown;
import dev.priceflow.pricing.domain.PriceCalculator;
import dev.priceflow.pricing.domain.PriceLimits;
import dev.priceflow.pricing.domain.PricePolicy;
import dev.priceflow.pricing.domain.PriceStep;
import dev.priceflow.pricing.domain.PriceStep.Rule;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.domain.Promotion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExperimentPricingTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final PriceCalculator CALCULATOR = new PriceCalculator(new PricePolicy(new BigDecimal("0.05"),
            new BigDecimal("0.01")));
    private static final Product MUG = new Product(new Sku("EXP-1"), "Mug", "kitchen", Currency.getInstance("GBP"),
            new BigDecimal("10.00"), new BigDecimal("4.00"), 100);
    private static final ArmPrice PLUS5 = new ArmPrice(1, "t", "plus5", BigDecimal.valueOf(5), "Price test: +5 %");

    @Test
    void theExperimentStepComesAfterPersonalizationAndBeforePromotions() {
        PriceBreakdown b = ExperimentPricing.price(CALCULATOR, MUG, List.of(), NOW,
                new PersonalAdjustment(BigDecimal.TEN, "Loyalty"), null, PLUS5);
        assertThat(b.steps()).extracting(PriceStep::rule).containsExactly(Rule.LIST_PRICE, Rule.PERSONAL_DISCOUNT,
                Rule.EXPERIMENT, Rule.NO_PROMOTION, Rule.ROUNDING);
        assertThat(b.steps().get(1).priceAfter()).isEqualByComparingTo("9.00");
        assertThat(b.steps().get(2).priceAfter()).isEqualByComparingTo("9.45");
        assertThat(b.price()).isEqualByComparingTo("9.45");
        assertThat(b.product()).isEqualTo(MUG);
    }

    @Test
    void promotionsApplyToTheExperimentPrice() {
        Promotion sale = new Promotion(UUID.randomUUID(), "Sale", Promotion.Kind.PERCENT_OFF, BigDecimal.valueOf(20),
                new Promotion.ForSku(MUG.sku()), NOW.minusSeconds(60), NOW.plusSeconds(60), true);
        PriceBreakdown b = ExperimentPricing.price(CALCULATOR, MUG, List.of(sale), NOW,
                PersonalAdjustment.none("none"), null, PLUS5);
        assertThat(b.price()).isEqualByComparingTo("8.40");
        assertThat(b.appliedPromotion()).isPresent();
    }

    @Test
    void theFinalClampStillBoundsAnExperimentPrice() {
        Product capped = MUG.withLimits(new PriceLimits(null, new BigDecimal("10.20"), null));
        PriceBreakdown up = ExperimentPricing.price(CALCULATOR, capped, List.of(), NOW,
                PersonalAdjustment.none("none"), null, PLUS5);
        assertThat(up.price()).isEqualByComparingTo("10.20");
        assertThat(up.steps()).extracting(PriceStep::rule).contains(Rule.EXPERIMENT, Rule.PRICE_CEILING);
        Product cheap = MUG.withListPrice(new BigDecimal("4.30")); // margin floor 4.20
        ArmPrice minus10 = new ArmPrice(1, "t", "m10", BigDecimal.valueOf(-10), "Price test: -10 %");
        PriceBreakdown down = ExperimentPricing.price(CALCULATOR, cheap, List.of(), NOW,
                PersonalAdjustment.none("none"), null, minus10);
        assertThat(down.price()).isEqualByComparingTo("4.20");
    }

    @Test
    void withoutAnArmTheQuoteIsUnchanged() {
        PriceBreakdown plain = CALCULATOR.price(MUG, List.of(), NOW, PersonalAdjustment.none("none"), null);
        assertThat(ExperimentPricing.price(CALCULATOR, MUG, List.of(), NOW, PersonalAdjustment.none("none"), null,
                null)).isEqualTo(plain);
    }
}
