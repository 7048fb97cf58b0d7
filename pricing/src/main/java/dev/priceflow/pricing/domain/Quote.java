package dev.priceflow.pricing.domain;

import dev.priceflow.contracts.Sku;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;

/**
 * A price promised to one shopper until {@link #expiresAt()}. The {@link #signature()} is the quote token: a
 * compact JWS over the quote's {@link QuoteClaims}, so a checkout can tell a quote this service issued from one a
 * client edited.
 * {@code personalized} is true when the shopper's behaviour lowered the price below the standard price.
 */
public record Quote(UUID quoteId, String userId, Sku sku, Currency currency, BigDecimal listPrice,
                    PriceBreakdown breakdown, boolean personalized, Instant issuedAt, Instant expiresAt,
                    String pricingVersion, String signature) {

    public Quote {
        Objects.requireNonNull(quoteId, "quoteId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(listPrice, "listPrice");
        Objects.requireNonNull(breakdown, "breakdown");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(pricingVersion, "pricingVersion");
        Objects.requireNonNull(signature, "signature");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a quote must expire after it is issued");
        }
    }

    public BigDecimal price() {
        return breakdown.price();
    }
}
