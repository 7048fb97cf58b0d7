package dev.priceflow.pricing.whatif.adapter.sql;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.PriceLimits;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.whatif.application.SimulationData;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Currency;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Read-only catalogue and promotion queries of simulations ({@code pricing.product}, {@code pricing.promotion}). */
@Component
class SqlSimulationData implements SimulationData {

    private static final String PRODUCT = "SELECT sku, name, category, currency, list_price, unit_cost, stock, "
            + "floor_price, ceiling_price, min_margin_pct FROM product ";
    private static final String PROMOTION = "SELECT id, name, kind, value, sku, category, starts_at, ends_at, active "
            + "FROM promotion WHERE NOT cart_level AND kind IN ('PERCENT_OFF', 'AMOUNT_OFF', 'FIXED_PRICE') ";

    private final DatabaseClient db;

    SqlSimulationData(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<Product> products(String sku, String category, int limit) {
        DatabaseClient.GenericExecuteSpec spec = sku != null
                ? db.sql(PRODUCT + "WHERE sku = :v").bind("v", sku)
                : db.sql(PRODUCT + "WHERE category = :v ORDER BY sku LIMIT :limit").bind("v", category)
                        .bind("limit", limit);
        return spec.map((Readable row) -> product(row)).all();
    }

    @Override
    public Mono<Promotion> promotion(UUID id) {
        return db.sql(PROMOTION + "AND id = :id").bind("id", id).map((Readable row) -> toPromotion(row)).one();
    }

    @Override
    public Flux<Promotion> overlapping(Collection<String> skus, Collection<String> categories, Instant from,
                                       Instant to) {
        // Promotions for an audience (V22 segment_ids / user_ids) are not part of the standard price.
        return db.sql(PROMOTION + "AND active AND starts_at < :to AND ends_at > :from "
                        + "AND cardinality(segment_ids) = 0 AND cardinality(user_ids) = 0 "
                        + "AND (sku = ANY(:skus) OR (sku IS NULL AND category = ANY(:categories)))")
                .bind("from", from.atOffset(ZoneOffset.UTC)).bind("to", to.atOffset(ZoneOffset.UTC))
                .bind("skus", skus.toArray(String[]::new)).bind("categories", categories.toArray(String[]::new))
                .map((Readable row) -> toPromotion(row)).all();
    }

    private static Product product(Readable row) {
        return new Product(new Sku(row.get("sku", String.class)), row.get("name", String.class),
                row.get("category", String.class), Currency.getInstance(row.get("currency", String.class).trim()),
                row.get("list_price", BigDecimal.class), row.get("unit_cost", BigDecimal.class),
                row.get("stock", Integer.class), new PriceLimits(row.get("floor_price", BigDecimal.class),
                row.get("ceiling_price", BigDecimal.class), row.get("min_margin_pct", BigDecimal.class)));
    }

    private static Promotion toPromotion(Readable row) {
        String sku = row.get("sku", String.class);
        Promotion.Target target = sku != null ? new Promotion.ForSku(new Sku(sku))
                : new Promotion.ForCategory(row.get("category", String.class));
        return new Promotion(row.get("id", UUID.class), row.get("name", String.class),
                Promotion.Kind.valueOf(row.get("kind", String.class)), row.get("value", BigDecimal.class), target,
                row.get("starts_at", OffsetDateTime.class).toInstant(),
                row.get("ends_at", OffsetDateTime.class).toInstant(),
                Boolean.TRUE.equals(row.get("active", Boolean.class)));
    }
}
