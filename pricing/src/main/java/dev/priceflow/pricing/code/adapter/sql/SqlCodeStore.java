package dev.priceflow.pricing.code.adapter.sql;

import dev.priceflow.pricing.code.application.CodeStore;
import dev.priceflow.pricing.code.application.RedemptionState;
import dev.priceflow.pricing.code.domain.RedemptionRules;
import dev.priceflow.pricing.promotion.application.Actor;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Codes and limits in {@code pricing.promotion} / {@code promotion_code}; each change writes a
 * {@code promotion_audit} row (action UPDATED, {@code after} = the limits and code counts, never unique codes).
 */
@Component
class SqlCodeStore implements CodeStore {

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final JsonMapper json;

    SqlCodeStore(DatabaseClient db, ConnectionFactory connections, JsonMapper json) {
        this.db = db;
        this.tx = TransactionalOperator.create(new R2dbcTransactionManager(connections));
        this.json = json;
    }

    @Override
    public Mono<RedemptionState> find(UUID id) {
        return db.sql("""
                        SELECT p.id, (p.status = 'ENDED' OR p.ends_at <= now()) AS ended, p.cart_level, p.code_mode,
                               p.max_uses, p.max_uses_per_user, p.budget, p.uses, p.granted, p.priority,
                               (SELECT min(code) FROM promotion_code c
                                 WHERE c.promotion_id = p.id AND NOT c.single_use) AS public_code,
                               (SELECT count(*) FROM promotion_code c
                                 WHERE c.promotion_id = p.id AND c.single_use) AS unique_codes,
                               (SELECT count(*) FROM promotion_code c
                                 WHERE c.promotion_id = p.id AND c.single_use AND c.uses > 0) AS unique_used
                        FROM promotion p WHERE p.id = :id""")
                .bind("id", id).map(SqlCodeStore::state).one();
    }

    @Override
    public Mono<Boolean> saveRules(UUID id, RedemptionRules rules, Actor actor, Instant at) {
        Mono<Boolean> code = rules.publicCode() == null ? Mono.just(true) : db.sql("""
                        INSERT INTO promotion_code (code, promotion_id, single_use, created_at)
                        VALUES (:code, :id, false, :at) ON CONFLICT (code) DO NOTHING""")
                .bind("code", rules.publicCode()).bind("id", id).bind("at", at.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? Mono.just(true) : db.sql(
                                "SELECT promotion_id FROM promotion_code WHERE code = :code")
                        .bind("code", rules.publicCode()).map(row -> id.equals(row.get("promotion_id", UUID.class)))
                        .one());
        GenericExecuteSpec update = db.sql("UPDATE promotion SET cart_level = true, "
                        + (rules.publicCode() == null ? "" : "code_mode = 'PUBLIC', ")
                        + "max_uses = :maxUses, max_uses_per_user = :perUser, budget = :budget, "
                        + "priority = coalesce(:priority, priority), "
                        + "updated_at = :at, version = version + 1 WHERE id = :id")
                .bind("id", id).bind("at", at.atOffset(ZoneOffset.UTC));
        update = nullable(update, "maxUses", rules.maxUses(), Integer.class);
        update = nullable(update, "perUser", rules.maxUsesPerUser(), Integer.class);
        update = nullable(update, "budget", rules.budget(), BigDecimal.class);
        update = nullable(update, "priority", rules.priority(), Integer.class);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("maxUses", rules.maxUses());
        after.put("maxUsesPerUser", rules.maxUsesPerUser());
        after.put("budget", rules.budget() == null ? null : rules.budget().toPlainString());
        after.put("publicCode", rules.publicCode());
        after.put("priority", rules.priority());
        GenericExecuteSpec write = update;
        return tx.transactional(code.flatMap(ok -> ok
                ? write.then().then(audit(id, actor, at, Map.of("redemptionRules", after))).thenReturn(true)
                : Mono.just(false)));
    }

    @Override
    public Mono<Integer> addUniqueCodes(UUID id, List<String> codes, Actor actor, Instant at) {
        Mono<Integer> added = db.sql("""
                        UPDATE promotion SET cart_level = true, code_mode = 'UNIQUE', updated_at = :at,
                               version = version + 1
                        WHERE id = :id AND code_mode <> 'PUBLIC'""")
                .bind("id", id).bind("at", at.atOffset(ZoneOffset.UTC)).fetch().rowsUpdated()
                .flatMap(rows -> rows == 0 ? Mono.just(0L) : db.sql("""
                                INSERT INTO promotion_code (code, promotion_id, single_use, created_at)
                                SELECT unnest(CAST(:codes AS varchar[])), :id, true, :at
                                ON CONFLICT (code) DO NOTHING""")
                        .bind("codes", codes.toArray(String[]::new)).bind("id", id)
                        .bind("at", at.atOffset(ZoneOffset.UTC)).fetch().rowsUpdated())
                .map(Long::intValue);
        return tx.transactional(added.flatMap(n -> audit(id, actor, at, Map.of("uniqueCodesGenerated", n))
                .thenReturn(n)));
    }

    @Override
    public Flux<CodeUse> codes(UUID id) {
        return db.sql("SELECT code, uses FROM promotion_code WHERE promotion_id = :id ORDER BY created_at, code")
                .bind("id", id)
                .map(row -> new CodeUse(row.get("code", String.class), row.get("uses", Integer.class))).all();
    }

    private Mono<Void> audit(UUID id, Actor actor, Instant at, Map<String, Object> after) {
        GenericExecuteSpec spec = db.sql("""
                        INSERT INTO promotion_audit (promotion_id, action, actor_id, actor_name, occurred_at, before,
                                                     after)
                        VALUES (:id, 'UPDATED', :actorId, :actorName, :at, NULL, CAST(:after AS jsonb))""")
                .bind("id", id).bind("actorId", actor.id()).bind("at", at.atOffset(ZoneOffset.UTC))
                .bind("after", json.writeValueAsString(after));
        return nullable(spec, "actorName", actor.username(), String.class).then();
    }

    private static <T> GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    private static RedemptionState state(Readable row) {
        return new RedemptionState(row.get("id", UUID.class), Boolean.TRUE.equals(row.get("ended", Boolean.class)),
                Boolean.TRUE.equals(row.get("cart_level", Boolean.class)), row.get("code_mode", String.class),
                row.get("public_code", String.class), count(row, "unique_codes"), count(row, "unique_used"),
                row.get("max_uses", Integer.class), row.get("max_uses_per_user", Integer.class),
                row.get("budget", BigDecimal.class), (int) count(row, "uses"), row.get("granted", BigDecimal.class),
                (int) count(row, "priority"));
    }

    private static long count(Readable row, String column) {
        Number n = row.get(column, Number.class);
        return n == null ? 0 : n.longValue();
    }
}
