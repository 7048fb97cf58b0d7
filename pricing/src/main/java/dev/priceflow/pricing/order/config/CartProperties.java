package dev.priceflow.pricing.order.config;

import dev.priceflow.pricing.order.domain.CartPolicy;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code priceflow.pricing.cart.*}: how cart-level promotions combine ({@code stackable}, {@code exclusive},
 * {@code best-for-customer}; default stackable) and the caps on a cart's discounts in percent of the subtotal
 * (default 100: none). See {@link CartPolicy}.
 */
@Validated
@ConfigurationProperties("priceflow.pricing.cart")
public record CartProperties(CartPolicy.Stacking stacking,
                             @DecimalMin("0") @DecimalMax("100") BigDecimal maxLineDiscountPercent,
                             @DecimalMin("0") @DecimalMax("100") BigDecimal maxOrderDiscountPercent) {

    private static final BigDecimal NONE = BigDecimal.valueOf(100);

    public CartProperties {
        stacking = stacking == null ? CartPolicy.Stacking.STACKABLE : stacking;
        maxLineDiscountPercent = maxLineDiscountPercent == null ? NONE : maxLineDiscountPercent;
        maxOrderDiscountPercent = maxOrderDiscountPercent == null ? NONE : maxOrderDiscountPercent;
    }

    public CartPolicy policy() {
        return new CartPolicy(stacking, maxLineDiscountPercent, maxOrderDiscountPercent);
    }
}
