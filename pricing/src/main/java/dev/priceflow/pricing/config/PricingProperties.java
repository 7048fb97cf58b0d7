package dev.priceflow.pricing.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code priceflow.pricing.*}. The signing key has no default: set {@code PRICEFLOW_QUOTE_SIGNING_KEY}
 * (at least 32 characters); the service refuses to start without it.
 */
@Validated
@ConfigurationProperties("priceflow.pricing")
public record PricingProperties(
        @NotNull @DecimalMin("0") @DecimalMax("10") BigDecimal minMargin,
        @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal minimumPrice,
        @NotNull @DurationMin(seconds = 1) @DurationMax(hours = 24) Duration quoteTtl,
        @NotNull(message = "set PRICEFLOW_QUOTE_SIGNING_KEY")
        @Size(min = 32, message = "PRICEFLOW_QUOTE_SIGNING_KEY must have at least 32 characters")
        String quoteSigningKey,
        @NotNull @Valid Timeouts timeouts,
        @NotNull @Valid Personalization personalization) {

    /** How long each dependency may take; the failure policies are in {@code QuoteService}. */
    public record Timeouts(
            @NotNull @DurationMin(millis = 1) Duration database,
            @NotNull @DurationMin(millis = 1) Duration pricingVersion,
            @NotNull @DurationMin(millis = 1) Duration quoteEvent,
            @NotNull @DurationMin(millis = 1) @DurationMax(seconds = 2) Duration profile) {
    }

    /**
     * {@code priceflow.pricing.personalization.*}: bounded, discount-only personal prices from behaviour
     * (see README "Personalization"). Percentages are discounts off the list price, each within 0..50.
     */
    public record Personalization(
            boolean enabled,
            @NotNull @DecimalMin("0") @DecimalMax("50") BigDecimal maxPercent,
            Map<String, @NotNull @DecimalMin("0") @DecimalMax("50") BigDecimal> categoryMaxPercent,
            Set<String> disabledCategories,
            Set<String> disabledChannels,
            @Min(1) long loyaltyMinPurchases,
            @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal loyaltyMinMonetary,
            @NotNull @DecimalMin("0") @DecimalMax("50") BigDecimal loyaltyPercent,
            @Min(1) long sensitivityMinEvents,
            @Min(1) long sensitivityEventsPerPurchase,
            @NotNull @DecimalMin("0") @DecimalMax("50") BigDecimal sensitivityPercent,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal sensitivityMinScore) {

        /** Empty maps and lists in YAML bind as null: they mean "none". */
        public Personalization {
            categoryMaxPercent = categoryMaxPercent == null ? Map.of() : categoryMaxPercent;
            disabledCategories = disabledCategories == null ? Set.of() : disabledCategories;
            disabledChannels = disabledChannels == null ? Set.of() : disabledChannels;
        }
    }

    @Override
    public String toString() {
        return "PricingProperties[minMargin=" + minMargin + ", minimumPrice=" + minimumPrice + ", quoteTtl="
                + quoteTtl + ", quoteSigningKey=<hidden>, timeouts=" + timeouts + ", personalization="
                + personalization + "]";
    }
}
