package dev.priceflow.pricing.promotion.adapter.sql;

import dev.priceflow.pricing.promotion.application.AuditEntry;
import dev.priceflow.pricing.promotion.application.PromotionStore;
import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.promotion.domain.ApprovalRule;
import dev.priceflow.pricing.promotion.domain.ManagedPromotion;
import java.math.BigDecimal;
import io.r2dbc.spi.ConnectionFactory;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code pricing.promotion} and {@code pricing.promotion_audit}. A write and its audit row run in one
 * transaction; a replace only touches the row while its version is the expected one (optimistic locking).
 * The {@code active} column is what quoting reads: true only for scheduled promotions.
 */
@Component
class SqlPromotionStore implements PromotionStore {

    private static final String COLUMNS = "id, name, kind, value, sku, category, starts_at, ends_at, status, "
            + "created_by, created_at, updated_at, version, ended_at, time_zone, approved_by, approved_at, "
            + "rule::text AS rule, segment_ids, user_ids";

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final AuditJson auditJson;

    SqlPromotionStore(DatabaseClient db, ConnectionFactory connections, AuditJson auditJson) {
        this.db = db;
        this.tx = TransactionalOperator.create(new R2dbcTransactionManager(connections));
        this.auditJson = auditJson;
    }

    @Override
    public Mono<Void> insert(ManagedPromotion p, AuditEntry audit) {
        DatabaseClient.GenericExecuteSpec insert = PromotionRows.bindAll(db.sql("""
                INSERT INTO promotion (id, name, kind, value, sku, category, starts_at, ends_at, active, status,
                                       created_by, created_at, updated_at, version, ended_at, time_zone,
                                       approved_by, approved_at, cart_level, rule, segment_ids, user_ids)
                VALUES (:id, :name, :kind, :value, :sku, :category, :startsAt, :endsAt, :active, :status,
                        :createdBy, :createdAt, :updatedAt, :version, :endedAt, :timeZone, :approvedBy, :approvedAt,
                        :multiUnit, CAST(:rule AS jsonb), :segmentIds, :userIds)"""), p)
                .bind("createdAt", p.createdAt().atOffset(ZoneOffset.UTC));
        insert = PromotionRows.bindNullable(insert, "createdBy", p.createdBy(), String.class);
        return tx.transactional(insert.then().then(audit(audit)));
    }

    @Override
    public Mono<Boolean> replace(ManagedPromotion p, long expectedVersion, AuditEntry audit) {
        DatabaseClient.GenericExecuteSpec update = PromotionRows.bindAll(db.sql("""
                UPDATE promotion SET name = :name, kind = :kind, value = :value, sku = :sku, category = :category,
                       starts_at = :startsAt, ends_at = :endsAt, active = :active, status = :status,
                       updated_at = :updatedAt, version = :version, ended_at = :endedAt, time_zone = :timeZone,
                       approved_by = :approvedBy, approved_at = :approvedAt, cart_level = cart_level OR :multiUnit,
                       rule = CAST(:rule AS jsonb), segment_ids = :segmentIds, user_ids = :userIds
                WHERE id = :id AND version = :expected"""), p)
                .bind("expected", expectedVersion);
        return tx.transactional(update.fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? audit(audit).thenReturn(true) : Mono.just(false)));
    }

    @Override
    public Mono<ManagedPromotion> find(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM promotion WHERE id = :id").bind("id", id)
                .map(PromotionRows::read).one();
    }

    @Override
    public Flux<ManagedPromotion> list(int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM promotion ORDER BY created_at DESC, id LIMIT :limit")
                .bind("limit", limit).map(PromotionRows::read).all();
    }

    @Override
    public Mono<Boolean> skuExists(String sku) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM product WHERE sku = :sku) AS found").bind("sku", sku)
                .map(row -> Boolean.TRUE.equals(row.get("found", Boolean.class))).one();
    }

    @Override
    public Mono<Boolean> categoryExists(String category) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM product WHERE category = :category) AS found")
                .bind("category", category)
                .map(row -> Boolean.TRUE.equals(row.get("found", Boolean.class))).one();
    }

    @Override
    public Mono<ApprovalRule.ListRange> listPrices(Promotion.Target target) {
        String where = target instanceof Promotion.ForSku ? "sku = :t" : "category = :t";
        String value = switch (target) {
            case Promotion.ForSku sku -> sku.sku().value();
            case Promotion.ForCategory category -> category.category();
        };
        return db.sql("SELECT min(list_price) AS lowest, max(list_price) AS highest FROM product WHERE " + where)
                .bind("t", value)
                .map(row -> new ApprovalRule.ListRange(row.get("lowest", BigDecimal.class),
                        row.get("highest", BigDecimal.class)))
                .one();
    }

    @Override
    public Mono<java.util.Map<String, BigDecimal>> listPricesOf(java.util.Collection<String> skus) {
        return db.sql("SELECT sku, list_price FROM product WHERE sku = ANY(:skus)")
                .bind("skus", skus.toArray(String[]::new))
                .map(row -> java.util.Map.entry(row.get("sku", String.class), row.get("list_price", BigDecimal.class)))
                .all().collectMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue);
    }

    private Mono<Void> audit(AuditEntry audit) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                INSERT INTO promotion_audit (promotion_id, action, actor_id, actor_name, occurred_at, before, after)
                VALUES (:promotionId, :action, :actorId, :actorName, :at, CAST(:before AS jsonb),
                        CAST(:after AS jsonb))""")
                .bind("promotionId", audit.after().id())
                .bind("action", audit.action().name())
                .bind("actorId", audit.actor().id())
                .bind("at", audit.at().atOffset(ZoneOffset.UTC))
                .bind("after", auditJson.of(audit.after()));
        spec = PromotionRows.bindNullable(spec, "actorName", audit.actor().username(), String.class);
        spec = PromotionRows.bindNullable(spec, "before",
                audit.before() == null ? null : auditJson.of(audit.before()), String.class);
        return spec.then();
    }
}
