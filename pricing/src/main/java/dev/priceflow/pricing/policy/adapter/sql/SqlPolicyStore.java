package dev.priceflow.pricing.policy.adapter.sql;

import dev.priceflow.pricing.policy.application.PolicyAudit;
import dev.priceflow.pricing.policy.application.PolicyStore;
import dev.priceflow.pricing.policy.domain.CategoryPolicy;
import dev.priceflow.pricing.policy.domain.SkuLimits;
import io.r2dbc.spi.ConnectionFactory;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** {@code pricing.category_policy}, the product's limit columns and {@code pricing.pricing_policy_audit}. */
@Component
class SqlPolicyStore implements PolicyStore {

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final JsonMapper json;

    SqlPolicyStore(DatabaseClient db, ConnectionFactory connections, JsonMapper json) {
        this.db = db;
        this.tx = TransactionalOperator.create(new R2dbcTransactionManager(connections));
        this.json = json;
    }

    @Override
    public Mono<CategoryPolicy> find(String category) {
        return db.sql("SELECT " + PolicyRows.COLUMNS + " FROM category_policy WHERE category = :c")
                .bind("c", category).map(PolicyRows::read).one();
    }

    @Override
    public Flux<CategoryPolicy> list() {
        return db.sql("SELECT " + PolicyRows.COLUMNS + " FROM category_policy ORDER BY category")
                .map(PolicyRows::read).all();
    }

    @Override
    public Mono<Boolean> save(CategoryPolicy p, CategoryPolicy before, Long expectedVersion, PolicyAudit audit) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                INSERT INTO category_policy (category, objective, target_margin_pct, max_daily_change_pct,
                    price_ending, personalization_allowed, personalization_max_pct, competitor_within_pct,
                    optimized_channels, personalized_channels, version, updated_at, updated_by)
                VALUES (:category, :objective, :target, :maxChange, :ending, :personal, :personalMax, :competitor,
                    :optimized, :personalized, :version, :at, :by)
                ON CONFLICT (category) DO UPDATE SET objective = EXCLUDED.objective,
                    target_margin_pct = EXCLUDED.target_margin_pct,
                    max_daily_change_pct = EXCLUDED.max_daily_change_pct, price_ending = EXCLUDED.price_ending,
                    personalization_allowed = EXCLUDED.personalization_allowed,
                    personalization_max_pct = EXCLUDED.personalization_max_pct,
                    competitor_within_pct = EXCLUDED.competitor_within_pct,
                    optimized_channels = EXCLUDED.optimized_channels,
                    personalized_channels = EXCLUDED.personalized_channels, version = EXCLUDED.version,
                    updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
                WHERE category_policy.version = :expected""")
                .bind("category", p.category()).bind("objective", p.objective().name())
                .bind("maxChange", p.maxDailyChangePercent()).bind("ending", p.priceEnding().name())
                .bind("personal", p.personalizationAllowed()).bind("personalMax", p.personalizationMaxPercent())
                .bind("optimized", PolicyRows.channels(p, true)).bind("personalized", PolicyRows.channels(p, false))
                .bind("version", p.version()).bind("at", p.updatedAt().atOffset(ZoneOffset.UTC))
                .bind("by", p.updatedBy()).bind("expected", expectedVersion == null ? -1L : expectedVersion);
        spec = nullable(spec, "target", p.targetMarginPercent());
        spec = nullable(spec, "competitor", p.competitorWithinPercent());
        Mono<Boolean> write = spec.fetch().rowsUpdated().flatMap(rows -> rows == 1
                ? audit(audit, before == null ? null : PolicyRows.snapshot(before), PolicyRows.snapshot(p))
                        .thenReturn(true)
                : Mono.just(false));
        return tx.transactional(write);
    }

    @Override
    public Mono<Boolean> categoryExists(String category) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM product WHERE category = :c) "
                        + "OR EXISTS (SELECT 1 FROM category_policy WHERE category = :c) AS found")
                .bind("c", category).map(row -> Boolean.TRUE.equals(row.get("found", Boolean.class))).one();
    }

    @Override
    public Mono<SkuLimits> limits(String sku) {
        return db.sql("SELECT sku, floor_price, ceiling_price, min_margin_pct FROM product WHERE sku = :sku")
                .bind("sku", sku).map(PolicyRows::limits).one();
    }

    @Override
    public Mono<SkuLimits> saveLimits(SkuLimits l, SkuLimits before, PolicyAudit audit) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                UPDATE product SET floor_price = :floor, ceiling_price = :ceiling, min_margin_pct = :margin,
                    updated_at = :at WHERE sku = :sku""")
                .bind("sku", l.sku()).bind("at", audit.at().atOffset(ZoneOffset.UTC));
        spec = nullable(spec, "floor", l.floorPrice());
        spec = nullable(spec, "ceiling", l.ceilingPrice());
        spec = nullable(spec, "margin", l.minMarginPercent());
        return tx.transactional(spec.fetch().rowsUpdated().flatMap(rows -> rows == 1
                ? audit(audit, PolicyRows.snapshot(before), PolicyRows.snapshot(l)).thenReturn(l) : Mono.empty()));
    }

    private Mono<Void> audit(PolicyAudit audit, Map<String, Object> before, Map<String, Object> after) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                INSERT INTO pricing_policy_audit (subject, actor_id, actor_name, occurred_at, before, after)
                VALUES (:subject, :actorId, :actorName, :at, CAST(:before AS jsonb), CAST(:after AS jsonb))""")
                .bind("subject", audit.subject()).bind("actorId", audit.actorId())
                .bind("at", audit.at().atOffset(ZoneOffset.UTC)).bind("after", json.writeValueAsString(after));
        spec = audit.actorName() == null ? spec.bindNull("actorName", String.class)
                : spec.bind("actorName", audit.actorName());
        spec = before == null ? spec.bindNull("before", String.class)
                : spec.bind("before", json.writeValueAsString(before));
        return spec.then();
    }

    private static DatabaseClient.GenericExecuteSpec nullable(DatabaseClient.GenericExecuteSpec spec, String name,
                                                              BigDecimal value) {
        return value == null ? spec.bindNull(name, BigDecimal.class) : spec.bind(name, value);
    }
}
