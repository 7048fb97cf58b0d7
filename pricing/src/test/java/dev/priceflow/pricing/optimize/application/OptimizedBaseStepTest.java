package dev.priceflow.pricing.optimize.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.PersonalAdjustment;
import dev.priceflow.pricing.domain.PriceBreakdown;
import dev.priceflow.pricing.domain.PriceCalculator;
import dev.priceflow.pricing.domain.PricePolicy;
import dev.priceflow.pricing.domain.PriceStep;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.optimize.domain.OptimizedBase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OPTIMIZED_BASE step sits between the list price and personalization, which then starts from it. */
class OptimizedBaseStepTest {

    static final Product MUG = new Product(new Sku("MUG-1"), "Mug", "home", Currency.getInstance("GBP"),
            new BigDecimal("10.00"), new BigDecimal("4.00"), 10);
    static final PriceCalculator CALCULATOR = new PriceCalculator(new PricePolicy(new BigDecimal("0.05"),
            new BigDecimal("0.01")));
    static final OptimizedBase BASE = new OptimizedBase(new BigDecimal("8.99"), new BigDecimal("4.20"),
            new BigDecimal("12.50"), List.of("profit-maximizing price c*e/(1+e) = 8.00 at elasticity -2.00",
            "ending .99"));

    @Test
    void personalizationStartsFromTheOptimizedBase() {
        PriceBreakdown b = CALCULATOR.price(MUG, List.of(), Instant.EPOCH,
                new PersonalAdjustment(new BigDecimal("5"), "Loyalty"), BASE);
        assertThat(b.steps()).extracting(PriceStep::rule).containsExactly(PriceStep.Rule.LIST_PRICE,
                PriceStep.Rule.OPTIMIZED_BASE, PriceStep.Rule.PERSONAL_DISCOUNT, PriceStep.Rule.NO_PROMOTION,
                PriceStep.Rule.ROUNDING);
        assertThat(b.steps().get(1).detail()).startsWith("Optimized base price: profit-maximizing");
        assertThat(b.steps().get(1).priceAfter()).isEqualByComparingTo("8.99");
        assertThat(b.standardPrice()).isEqualByComparingTo("8.99");
        assertThat(b.price()).isEqualByComparingTo("8.54"); // 8.99 * 0.95 = 8.5405
    }

    @Test
    void withoutAProfileTheShopperGetsTheBase() {
        PriceBreakdown b = CALCULATOR.price(MUG, List.of(), Instant.EPOCH, PersonalAdjustment.noProfile(), BASE);
        assertThat(b.price()).isEqualByComparingTo("8.99");
        PriceBreakdown none = CALCULATOR.price(MUG, List.of(), Instant.EPOCH, PersonalAdjustment.noProfile(), null);
        assertThat(none.steps()).extracting(PriceStep::rule).doesNotContain(PriceStep.Rule.OPTIMIZED_BASE);
        assertThat(none.price()).isEqualByComparingTo("10.00");
    }
}
