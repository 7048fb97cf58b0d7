package dev.priceflow.pricing.adapter.sql;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.application.Catalogue;
import dev.priceflow.pricing.domain.PriceLimits;
import dev.priceflow.pricing.domain.Product;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The catalogue in PostgreSQL ({@code pricing.product}; the schema comes from the connection's search path). */
@Component
class SqlCatalogue implements Catalogue {

    private final DatabaseClient db;

    SqlCatalogue(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Product> find(Sku sku) {
        return db.sql("""
                        SELECT sku, name, category, currency, list_price, unit_cost, stock,
                               floor_price, ceiling_price, min_margin_pct
                        FROM product WHERE sku = :sku""")
                .bind("sku", sku.value())
                .map(SqlCatalogue::product)
                .one();
    }

    @Override
    public Flux<Product> findAll(Collection<Sku> skus) {
        if (skus.isEmpty()) {
            return Flux.empty();
        }
        return db.sql("""
                        SELECT sku, name, category, currency, list_price, unit_cost, stock,
                               floor_price, ceiling_price, min_margin_pct
                        FROM product WHERE sku = ANY(:skus)""")
                .bind("skus", skus.stream().map(Sku::value).toArray(String[]::new))
                .map(SqlCatalogue::product)
                .all();
    }

    @Override
    public Flux<Sku> someSkus(int limit) {
        return db.sql("SELECT sku FROM product ORDER BY sku LIMIT :limit").bind("limit", limit)
                .map(row -> new Sku(row.get("sku", String.class))).all();
    }

    private static Product product(Readable row) {
        return new Product(
                new Sku(row.get("sku", String.class)),
                row.get("name", String.class),
                row.get("category", String.class),
                Currency.getInstance(row.get("currency", String.class).trim()),
                row.get("list_price", BigDecimal.class),
                row.get("unit_cost", BigDecimal.class),
                row.get("stock", Integer.class),
                new PriceLimits(row.get("floor_price", BigDecimal.class), row.get("ceiling_price", BigDecimal.class),
                        row.get("min_margin_pct", BigDecimal.class)));
    }
}
