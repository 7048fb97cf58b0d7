package dev.priceflow.pricing.promotion.adapter.sql;

import dev.priceflow.pricing.domain.OfferRule;
import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.promotion.application.AvailableOffer;
import dev.priceflow.pricing.promotion.application.OfferCatalogue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** Multi-unit offers from {@code pricing.promotion}: active, cart-level, without a code. */
@Component
class SqlOfferCatalogue implements OfferCatalogue {

    private final DatabaseClient db;

    SqlOfferCatalogue(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<AvailableOffer> forSku(String sku, Instant at) {
        return db.sql("""
                        SELECT p.id, p.name, p.kind, p.rule::text AS rule, p.segment_ids, p.user_ids FROM promotion p
                        WHERE p.active AND p.cart_level AND p.code_mode = 'NONE'
                          AND p.kind IN ('BUY_X_GET_Y', 'TIERED', 'BUNDLE')
                          AND p.starts_at <= :at AND p.ends_at > :at
                          AND (p.sku = :sku
                               OR (p.sku IS NULL AND p.category = (SELECT category FROM product WHERE sku = :sku))
                               OR (p.kind = 'BUNDLE' AND p.rule -> 'items'
                                   @> jsonb_build_array(jsonb_build_object('sku', CAST(:sku AS text)))))
                        ORDER BY p.priority, p.created_at, p.id LIMIT 20""")
                .bind("at", at.atOffset(ZoneOffset.UTC)).bind("sku", sku)
                .map(row -> {
                    String kind = row.get("kind", String.class);
                    OfferRule rule = OfferRuleJson.read(kind, row.get("rule", String.class));
                    return new AvailableOffer(row.get("id", UUID.class), row.get("name", String.class),
                            Promotion.Kind.valueOf(kind), rule.describe(), OfferRuleJson.audience(row));
                })
                .all();
    }
}
