package dev.priceflow.pricing.adapter.kafka;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.priceflow.pricing.domain.Quote;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The value of a {@code pricing.quote-issued} record (key: SKU). Consumers are idempotent on
 * {@code quoteId}: a record may arrive even when pricing logged its send as failed (a late acknowledgement).
 */
public record QuoteIssuedMessage(int schemaVersion, UUID quoteId, String userId, String sku,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price, String currency,
                                 Instant issuedAt, Instant expiresAt) {

    public static final int SCHEMA_VERSION = 1;

    static QuoteIssuedMessage of(Quote quote) {
        return new QuoteIssuedMessage(SCHEMA_VERSION, quote.quoteId(), quote.userId(), quote.sku().value(),
                quote.price(), quote.currency().getCurrencyCode(), quote.issuedAt(), quote.expiresAt());
    }
}
