package dev.priceflow.pricing.optimize.adapter.sql;

import dev.priceflow.pricing.optimize.application.OptimizerPorts;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * SKU limits and channel list prices ({@code pricing.product}, {@code pricing.channel_list_price}) and the
 * optimized base per day ({@code pricing.base_price_history}, upserted: the last base of the day wins).
 */
@Component
class SqlOptimizerData implements OptimizerPorts.SkuPricing, OptimizerPorts.BaseHistory {

    private final DatabaseClient db;

    SqlOptimizerData(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<OptimizerPorts.SkuData> find(String sku, String channel) {
        return db.sql("""
                        SELECT p.floor_price, p.ceiling_price, p.min_margin_pct, c.list_price AS channel_list_price
                        FROM product p LEFT JOIN channel_list_price c ON c.sku = p.sku AND c.channel = :channel
                        WHERE p.sku = :sku""")
                .bind("sku", sku).bind("channel", channel)
                .map(row -> new OptimizerPorts.SkuData(row.get("floor_price", BigDecimal.class),
                        row.get("ceiling_price", BigDecimal.class), row.get("min_margin_pct", BigDecimal.class),
                        row.get("channel_list_price", BigDecimal.class)))
                .one();
    }

    @Override
    public Mono<BigDecimal> before(String sku, String channel, LocalDate day) {
        return db.sql("""
                        SELECT base_price FROM base_price_history WHERE sku = :sku AND channel = :channel AND day < :day
                        ORDER BY day DESC LIMIT 1""")
                .bind("sku", sku).bind("channel", channel).bind("day", day)
                .map(row -> row.get("base_price", BigDecimal.class)).one();
    }

    @Override
    public Mono<Void> record(String sku, String channel, LocalDate day, BigDecimal base) {
        return db.sql("""
                        INSERT INTO base_price_history (sku, channel, day, base_price, updated_at)
                        VALUES (:sku, :channel, :day, :base, now())
                        ON CONFLICT (sku, channel, day) DO UPDATE SET base_price = EXCLUDED.base_price,
                            updated_at = EXCLUDED.updated_at
                        WHERE base_price_history.base_price <> EXCLUDED.base_price""")
                .bind("sku", sku).bind("channel", channel).bind("day", day).bind("base", base)
                .then();
    }
}
