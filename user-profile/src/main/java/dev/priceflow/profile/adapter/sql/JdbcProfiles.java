package dev.priceflow.profile.adapter.sql;

import dev.priceflow.profile.ProfileProperties;
import dev.priceflow.profile.application.Profiles;
import dev.priceflow.profile.domain.Profile;
import dev.priceflow.profile.domain.SegmentRef;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Profiles in PostgreSQL (schema {@code profile}). Every change of one shopper runs under a transaction-scoped
 * advisory lock on the user id, so events and an erasure of the same shopper never interleave; events are
 * recorded a batch per transaction ({@link BatchRecording}). Blocking JDBC:
 * callers run it on the Kafka listener thread or on a bounded-elastic scheduler. Statement timeouts come from
 * {@code spring.jdbc.template.query-timeout}.
 */
@Repository
class JdbcProfiles implements Profiles {

    private static final String LOCK = "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(?))) l";
    private static final String ERASED_AT = "SELECT erased_at FROM profile.erasure WHERE user_id = ?";
    private static final String MARK_ERASED = """
            INSERT INTO profile.erasure (user_id, erased_at) VALUES (?, ?)
            ON CONFLICT (user_id) DO UPDATE SET erased_at = GREATEST(profile.erasure.erased_at, EXCLUDED.erased_at)""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ProfileRows rows;
    private final BatchRecording batches;

    JdbcProfiles(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock, JsonMapper json,
                 ProfileProperties properties) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.rows = new ProfileRows(json);
        this.batches = new BatchRecording(jdbc, rows, clock, properties.currency());
    }

    @Override
    public Optional<Profile> find(String userId) {
        return jdbc.query("SELECT " + ProfileRows.COLUMNS + " FROM profile.shopper_profile WHERE user_id = ?",
                rows::map, userId).stream().findFirst();
    }

    @Override
    public Batch recordAll(List<Pending> events, BiFunction<Profile, List<UUID>, Profile> change) {
        return events.isEmpty() ? new Batch(Map.of(), Map.of()) : tx.execute(status -> batches.record(events, change));
    }

    @Override
    public void erase(String userId, Instant at) {
        tx.executeWithoutResult(status -> {
            lock(userId);
            jdbc.update("DELETE FROM profile.shopper_profile WHERE user_id = ?", userId);
            jdbc.update(MARK_ERASED, userId, ProfileRows.utc(at));
        });
    }

    @Override
    public Optional<Instant> erasedAt(String userId) {
        return jdbc.query(ERASED_AT, (rs, i) -> rs.getObject(1, OffsetDateTime.class).toInstant(), userId)
                .stream().findFirst();
    }

    @Override
    public List<Profile> all() {
        return jdbc.query("SELECT " + ProfileRows.COLUMNS + " FROM profile.shopper_profile ORDER BY user_id",
                rows::map);
    }

    @Override
    public void assignSegments(Map<String, SegmentRef> segments) {
        List<Object[]> args = new ArrayList<>();
        segments.forEach((user, s) -> args.add(new Object[] {s.modelId(), s.id(), s.label(), user}));
        jdbc.batchUpdate("UPDATE profile.shopper_profile SET segment_model_id = ?, segment_id = ?, "
                + "segment_label = ? WHERE user_id = ?", args);
    }

    @Override
    public Map<Integer, Long> segmentSizes(long modelId) {
        Map<Integer, Long> sizes = new TreeMap<>();
        jdbc.query("SELECT segment_id, count(*) FROM profile.shopper_profile WHERE segment_model_id = ? "
                + "GROUP BY segment_id", rs -> {
                    sizes.put(rs.getInt(1), rs.getLong(2));
                }, modelId);
        return sizes;
    }

    @Override
    public void clearForRebuild() {
        tx.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM profile.shopper_profile");
            jdbc.update("DELETE FROM profile.processed_event");
        });
    }

    private void lock(String userId) {
        jdbc.queryForObject(LOCK, Integer.class, userId);
    }
}
