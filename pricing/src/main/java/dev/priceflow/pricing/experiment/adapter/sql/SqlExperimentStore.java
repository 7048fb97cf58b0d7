package dev.priceflow.pricing.experiment.adapter.sql;

import dev.priceflow.pricing.experiment.application.ExperimentStore;
import dev.priceflow.pricing.experiment.domain.Arm;
import dev.priceflow.pricing.experiment.domain.ArmTally;
import dev.priceflow.pricing.experiment.domain.Experiment;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Experiments in PostgreSQL (V23: experiment, experiment_exposure, experiment_purchase). */
@Component
class SqlExperimentStore implements ExperimentStore {

    private static final String COLUMNS = "id, name, sku, category, arms::text AS arms, holdout_percent, starts_at, "
            + "ends_at, ended_at, created_by, created_at";
    /** Purchases up to this long after the experiment ended still count for buyers exposed during it. */
    private static final String ATTRIBUTION_WINDOW = "7 days";

    private final DatabaseClient db;
    private final JsonMapper json;

    SqlExperimentStore(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    @Override
    public Mono<Experiment> create(Experiment e) {
        return db.sql("INSERT INTO experiment (name, sku, category, arms, holdout_percent, starts_at, ends_at, "
                        + "created_by, created_at) VALUES (:name, :sku, :category, CAST(:arms AS jsonb), :holdout, "
                        + ":starts, :ends, :by, :at) ON CONFLICT (name) DO NOTHING RETURNING " + COLUMNS)
                .bind("name", e.name())
                .bind("sku", org.springframework.r2dbc.core.Parameter.fromOrEmpty(e.sku(), String.class))
                .bind("category", org.springframework.r2dbc.core.Parameter.fromOrEmpty(e.category(), String.class))
                .bind("arms", json.writeValueAsString(e.arms()))
                .bind("holdout", e.holdoutPercent())
                .bind("starts", utc(e.startsAt())).bind("ends", utc(e.endsAt()))
                .bind("by", e.createdBy()).bind("at", utc(e.createdAt()))
                .map(this::experiment).one();
    }

    @Override
    public Flux<Experiment> list() {
        return db.sql("SELECT " + COLUMNS + " FROM experiment ORDER BY id DESC LIMIT 500").map(this::experiment).all();
    }

    @Override
    public Mono<Experiment> find(long id) {
        return db.sql("SELECT " + COLUMNS + " FROM experiment WHERE id = :id").bind("id", id)
                .map(this::experiment).one();
    }

    @Override
    public Mono<Experiment> end(long id, Instant at) {
        return db.sql("UPDATE experiment SET ended_at = COALESCE(ended_at, LEAST(:at, ends_at)) WHERE id = :id "
                        + "RETURNING " + COLUMNS)
                .bind("id", id).bind("at", utc(at)).map(this::experiment).one();
    }

    @Override
    public Flux<Experiment> running(Instant now) {
        return db.sql("SELECT " + COLUMNS + " FROM experiment WHERE ended_at IS NULL AND starts_at <= :now "
                        + "AND ends_at > :now ORDER BY id")
                .bind("now", utc(now)).map(this::experiment).all();
    }

    @Override
    public Mono<Void> expose(long experimentId, String userId, String arm, String sku, Instant at) {
        return db.sql("INSERT INTO experiment_exposure (experiment_id, user_id, arm, sku, exposed_at) "
                        + "VALUES (:id, :user, :arm, :sku, :at) ON CONFLICT DO NOTHING")
                .bind("id", experimentId).bind("user", userId).bind("arm", arm).bind("sku", sku)
                .bind("at", utc(at)).then();
    }

    @Override
    public Flux<ArmTally> tallies(long experimentId) {
        return db.sql("""
                        SELECT x.arm, count(*) AS visitors, count(p.user_id) AS buyers,
                               COALESCE(sum(p.units), 0) AS units,
                               COALESCE(sum(p.revenue), 0) AS revenue,
                               COALESCE(sum(p.revenue * p.revenue), 0) AS revenue_sq,
                               COALESCE(sum(p.profit), 0) AS profit, COALESCE(sum(p.profit * p.profit), 0) AS profit_sq
                        FROM experiment_exposure x
                        LEFT JOIN (SELECT user_id, sum(units) AS units, sum(revenue) AS revenue, sum(profit) AS profit
                                   FROM experiment_purchase WHERE experiment_id = :id GROUP BY user_id) p
                               ON p.user_id = x.user_id
                        WHERE x.experiment_id = :id
                        GROUP BY x.arm""")
                .bind("id", experimentId)
                .map(row -> new ArmTally(row.get("arm", String.class), number(row, "visitors"),
                        number(row, "buyers"), number(row, "units"), row.get("revenue", BigDecimal.class),
                        row.get("revenue_sq", BigDecimal.class), row.get("profit", BigDecimal.class),
                        row.get("profit_sq", BigDecimal.class)))
                .all();
    }

    @Override
    public Mono<Boolean> targetExists(String sku, String category) {
        return db.sql(sku != null ? "SELECT EXISTS (SELECT 1 FROM product WHERE sku = :v) AS found"
                        : "SELECT EXISTS (SELECT 1 FROM product WHERE category = :v) AS found")
                .bind("v", sku != null ? sku : category)
                .map(row -> Boolean.TRUE.equals(row.get("found", Boolean.class))).one();
    }

    @Override
    public Mono<Long> attribute(UUID eventId, String userId, String sku, int quantity, BigDecimal unitPaid,
                                String currency, Instant at) {
        BigDecimal revenue = unitPaid.multiply(BigDecimal.valueOf(quantity));
        return db.sql("""
                        INSERT INTO experiment_purchase
                            (event_id, experiment_id, sku, user_id, arm, units, revenue, profit, occurred_at)
                        SELECT :event, x.experiment_id, :sku, x.user_id, x.arm, :qty, :revenue,
                               :revenue - :qty * p.unit_cost, :at
                        FROM experiment_exposure x
                        JOIN experiment e ON e.id = x.experiment_id
                        JOIN product p ON p.sku = :sku AND p.currency = :currency
                        WHERE x.user_id = :user AND x.exposed_at <= :at
                          AND (e.sku = :sku OR e.category = p.category)
                          AND :at < COALESCE(e.ended_at, e.ends_at) + CAST(:window AS interval)
                        ON CONFLICT DO NOTHING""")
                .bind("event", eventId).bind("sku", sku).bind("qty", quantity).bind("revenue", revenue)
                .bind("at", utc(at)).bind("user", userId).bind("currency", currency)
                .bind("window", ATTRIBUTION_WINDOW)
                .fetch().rowsUpdated();
    }

    private Experiment experiment(Readable row) {
        List<Arm> arms = json.readValue(row.get("arms", String.class), new TypeReference<List<Arm>>() { });
        return new Experiment(number(row, "id"), row.get("name", String.class), row.get("sku", String.class),
                row.get("category", String.class), arms, row.get("holdout_percent", Integer.class),
                instant(row, "starts_at"), instant(row, "ends_at"), instant(row, "ended_at"),
                row.get("created_by", String.class), instant(row, "created_at"));
    }

    private static long number(Readable row, String column) {
        Number n = row.get(column, Number.class);
        return n == null ? 0 : n.longValue();
    }

    private static Instant instant(Readable row, String column) {
        OffsetDateTime t = row.get(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
