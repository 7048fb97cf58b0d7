package dev.priceflow.pricing.adapter.sql;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.application.Promotions;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.promotion.adapter.sql.OfferRuleJson;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Active promotions from {@code pricing.promotion}. A row with a SKU targets that SKU only; a row without
 * one targets its category. The window is half-open: {@code starts_at <= now < ends_at}. Cart-level promotions
 * (with a code or redemption limits) are left out: carts apply them (docs/pricing-orders.md). Scheduled rows
 * ({@link #notEndedFor}) are read too, for the quote cache, which filters by window at each quote's time.
 */
@Component
class SqlPromotions implements Promotions {

    private final DatabaseClient db;

    SqlPromotions(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<Promotion> activeFor(Product product, Instant at) {
        return notEndedFor(product, at).filter(p -> !at.isBefore(p.startsAt()));
    }

    @Override
    public Flux<Promotion> notEndedFor(Product product, Instant at) {
        return db.sql("""
                        SELECT id, name, kind, value, sku, category, starts_at, ends_at, active, segment_ids, user_ids
                        FROM promotion
                        WHERE active AND NOT cart_level AND ends_at > :at
                          AND (sku = :sku OR (sku IS NULL AND category = :category))""")
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .bind("sku", product.sku().value())
                .bind("category", product.category())
                .map(SqlPromotions::promotion)
                .all();
    }

    private static Promotion promotion(Readable row) {
        String sku = row.get("sku", String.class);
        Promotion.Target target = sku != null
                ? new Promotion.ForSku(new Sku(sku))
                : new Promotion.ForCategory(row.get("category", String.class));
        return new Promotion(
                row.get("id", UUID.class),
                row.get("name", String.class),
                Promotion.Kind.valueOf(row.get("kind", String.class)),
                row.get("value", BigDecimal.class),
                target,
                row.get("starts_at", OffsetDateTime.class).toInstant(),
                row.get("ends_at", OffsetDateTime.class).toInstant(),
                Boolean.TRUE.equals(row.get("active", Boolean.class)),
                OfferRuleJson.audience(row));
    }
}
