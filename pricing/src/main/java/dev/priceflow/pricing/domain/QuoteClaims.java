package dev.priceflow.pricing.domain;

import dev.priceflow.contracts.Sku;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;

/**
 * What a quote token promises: the payload of the compact JWS in {@code PriceQuote.signature} ({@code quoteId},
 * {@code sub} = userId, {@code sku}, {@code channel}, {@code currency}, {@code price}, {@code listPrice},
 * {@code pricingVersion}, {@code iat}, {@code exp}). Prices are unit prices at the currency's minor unit.
 */
public record QuoteClaims(UUID quoteId, String userId, Sku sku, String channel, Currency currency, BigDecimal price,
                          BigDecimal listPrice, String pricingVersion, Instant issuedAt, Instant expiresAt) {

    public QuoteClaims {
        Objects.requireNonNull(quoteId, "quoteId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(listPrice, "listPrice");
        Objects.requireNonNull(pricingVersion, "pricingVersion");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (price.signum() <= 0) {
            throw new IllegalArgumentException("a quoted price is positive, got " + price);
        }
    }
}
