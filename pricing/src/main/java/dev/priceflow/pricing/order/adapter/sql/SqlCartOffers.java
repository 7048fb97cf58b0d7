package dev.priceflow.pricing.order.adapter.sql;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.order.application.CartOffers;
import dev.priceflow.pricing.order.application.Offer;
import dev.priceflow.pricing.order.domain.CartPromotion;
import dev.priceflow.pricing.promotion.adapter.sql.OfferRuleJson;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** Cart-level promotions and codes from {@code pricing.promotion}, {@code promotion_code}, {@code promotion_user_use}. */
@Component
class SqlCartOffers implements CartOffers {

    private static final String COLUMNS = """
            p.id, p.name, p.kind, p.value, p.sku, p.category, p.max_uses, p.uses, p.max_uses_per_user, p.budget,
            p.granted, p.priority, coalesce(u.uses, 0) AS user_uses, p.rule::text AS rule, p.segment_ids, p.user_ids,
            (p.active AND p.starts_at <= :at AND p.ends_at > :at) AS active_now""";

    private final DatabaseClient db;

    SqlCartOffers(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<Offer> automatic(String userId, Instant at) {
        return db.sql("SELECT " + COLUMNS + ", NULL AS code, false AS code_used_up FROM promotion p "
                        + "LEFT JOIN promotion_user_use u ON u.promotion_id = p.id AND u.user_id = :user "
                        + "WHERE p.cart_level AND p.code_mode = 'NONE' AND p.active AND p.starts_at <= :at "
                        + "AND p.ends_at > :at ORDER BY p.created_at, p.id")
                .bind("at", at.atOffset(ZoneOffset.UTC)).bind("user", userId)
                .map(SqlCartOffers::offer).all();
    }

    @Override
    public Flux<Offer> forCodes(String userId, Collection<String> codes, Instant at) {
        return db.sql("SELECT " + COLUMNS + ", c.code, (c.single_use AND c.uses >= 1) AS code_used_up "
                        + "FROM promotion_code c JOIN promotion p ON p.id = c.promotion_id "
                        + "LEFT JOIN promotion_user_use u ON u.promotion_id = p.id AND u.user_id = :user "
                        + "WHERE c.code = ANY(:codes)")
                .bind("at", at.atOffset(ZoneOffset.UTC)).bind("user", userId)
                .bind("codes", codes.toArray(String[]::new))
                .map(SqlCartOffers::offer).all();
    }

    private static Offer offer(Readable row) {
        String sku = row.get("sku", String.class);
        Promotion.Target target = sku != null ? new Promotion.ForSku(new Sku(sku))
                : new Promotion.ForCategory(row.get("category", String.class));
        String kind = row.get("kind", String.class);
        CartPromotion promotion = new CartPromotion(row.get("id", UUID.class), row.get("name", String.class),
                Promotion.Kind.valueOf(kind), row.get("value", BigDecimal.class), target,
                row.get("code", String.class), number(row, "priority"),
                OfferRuleJson.read(kind, row.get("rule", String.class)));
        return new Offer(promotion, Boolean.TRUE.equals(row.get("active_now", Boolean.class)),
                Boolean.TRUE.equals(row.get("code_used_up", Boolean.class)), row.get("max_uses", Integer.class),
                number(row, "uses"), row.get("max_uses_per_user", Integer.class), number(row, "user_uses"),
                row.get("budget", BigDecimal.class), row.get("granted", BigDecimal.class), OfferRuleJson.audience(row));
    }

    private static int number(Readable row, String column) {
        Number value = row.get(column, Number.class);
        return value == null ? 0 : value.intValue();
    }
}
