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
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Profiles in PostgreSQL (schema {@code profile}). Every change of one shopper runs under a transaction-scoped
 * advisory lock on the user id, so an event and an erasure of the same shopper never interleave. Blocking JDBC:
 * callers run it on the Kafka listener thread or on a bounded-elastic scheduler. Statement timeouts come from
 * {@code spring.jdbc.template.query-timeout}.
 */
@Repository
class JdbcProfiles implements Profiles {

    private static final String LOCK = "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(?))) l";
    private static final String MARK_PROCESSED = """
            INSERT INTO profile.processed_event (event_id, processed_at) VALUES (?, ?)
            ON CONFLICT (event_id) DO NOTHING""";
    private static final String ERASED_AT = "SELECT erased_at FROM profile.erasure WHERE user_id = ?";
    private static final String MARK_ERASED = """
            INSERT INTO profile.erasure (user_id, erased_at) VALUES (?, ?)
            ON CONFLICT (user_id) DO UPDATE SET erased_at = GREATEST(profile.erasure.erased_at, EXCLUDED.erased_at)""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ProfileRows rows;
    private final String currency;

    JdbcProfiles(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock, JsonMapper json,
                 ProfileProperties properties) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.rows = new ProfileRows(json);
        this.currency = properties.currency();
    }

    @Override
    public Optional<Profile> find(String userId) {
        return jdbc.query("SELECT " + ProfileRows.COLUMNS + " FROM profile.shopper_profile WHERE user_id = ?",
                rows::map, userId).stream().findFirst();
    }

    @Override
    public Recorded recordOnce(UUID eventId, String userId, Instant occurredAt, UnaryOperator<Profile> change) {
        return tx.execute(status -> {
            lock(userId);
            Optional<Instant> erased = erasedAt(userId);
            if (erased.isPresent() && !occurredAt.isAfter(erased.get())) {
                return new Recorded.Erased();
            }
            Instant now = clock.instant();
            if (jdbc.update(MARK_PROCESSED, eventId, ProfileRows.utc(now)) == 0) {
                return new Recorded.AlreadyProcessed();
            }
            Profile next = change.apply(find(userId).orElseGet(() -> Profile.empty(userId, currency)));
            jdbc.update(ProfileRows.UPSERT, rows.upsertArgs(next, now));
            return new Recorded.Applied(next);
        });
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
