package dev.priceflow.contracts.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A personal price for one SKU, as answered by {@code GET /api/v1/prices/{sku}}. Amounts are decimal
 * strings in {@link #currency()}. {@link #explanation()} lists every step from list price to price.
 */
public record PriceQuote(
        String sku,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal listPrice,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
        boolean personalized,
        List<AppliedPromotion> appliedPromotions,
        List<ExplanationStep> explanation,
        UUID quoteId,
        Instant issuedAt,
        Instant expiresAt,
        String pricingVersion,
        String signature) {

    public PriceQuote {
        appliedPromotions = List.copyOf(appliedPromotions);
        explanation = List.copyOf(explanation);
    }

    /** A promotion that changed the price. */
    public record AppliedPromotion(UUID id, String name,
                                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountOff) {
    }

    /** One step of the price computation, with the running price after it. */
    public record ExplanationStep(String rule, String detail,
                                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal priceAfter) {
    }
}
