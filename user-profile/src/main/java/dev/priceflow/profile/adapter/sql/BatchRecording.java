package dev.priceflow.profile.adapter.sql;

import dev.priceflow.profile.application.Profiles.Batch;
import dev.priceflow.profile.application.Profiles.Pending;
import dev.priceflow.profile.application.Profiles.Status;
import dev.priceflow.profile.domain.Profile;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statements of {@code Profiles.recordAll}, run inside the caller's transaction: a fixed number of round trips
 * per batch whatever its size (lock, erasure markers, processed ids, stored profiles, one batched upsert) instead of
 * five per event. Shoppers are locked with the same transaction-scoped advisory lock as an erasure takes, in
 * ascending lock-key order so that two batches sharing shoppers cannot deadlock each other.
 */
final class BatchRecording {

    private static final String LOCK_ALL = """
            SELECT count(pg_advisory_xact_lock(k)) FROM (
                SELECT DISTINCT hashtext(u) AS k FROM unnest(?::text[]) AS t(u) ORDER BY k) keys""";
    private static final String ERASED_AT = "SELECT user_id, erased_at FROM profile.erasure WHERE user_id = ANY(?::text[])";
    private static final String MARK_PROCESSED = """
            INSERT INTO profile.processed_event (event_id, processed_at)
            SELECT id, ? FROM unnest(?::uuid[]) AS t(id)
            ON CONFLICT (event_id) DO NOTHING RETURNING event_id""";
    private static final String FIND_ALL = "SELECT " + ProfileRows.COLUMNS
            + " FROM profile.shopper_profile WHERE user_id = ANY(?::text[])";

    private final JdbcTemplate jdbc;
    private final ProfileRows rows;
    private final Clock clock;
    private final String currency;

    BatchRecording(JdbcTemplate jdbc, ProfileRows rows, Clock clock, String currency) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.clock = clock;
        this.currency = currency;
    }

    Batch record(List<Pending> events, BiFunction<Profile, List<UUID>, Profile> change) {
        Set<String> users = new TreeSet<>();
        events.forEach(e -> users.add(e.userId()));
        jdbc.queryForObject(LOCK_ALL, Long.class, (Object) users.toArray(String[]::new));
        Map<String, Instant> erased = erasedAt(users);
        Map<UUID, Status> statuses = new LinkedHashMap<>();
        List<Pending> live = new ArrayList<>();
        for (Pending e : events) {
            Instant erasedAt = erased.get(e.userId());
            if (erasedAt != null && !e.occurredAt().isAfter(erasedAt)) {
                statuses.put(e.eventId(), Status.ERASED);
            } else if (!statuses.containsKey(e.eventId())) {
                live.add(e);
                statuses.put(e.eventId(), Status.ALREADY_PROCESSED);
            }
        }
        if (live.isEmpty()) {
            return new Batch(statuses, Map.of());
        }
        Instant now = clock.instant();
        Set<UUID> fresh = new HashSet<>(jdbc.queryForList(MARK_PROCESSED, UUID.class, ProfileRows.utc(now),
                live.stream().map(e -> e.eventId().toString()).toArray(String[]::new)));
        Map<String, List<UUID>> applied = new LinkedHashMap<>();
        Set<String> touched = new TreeSet<>();
        for (Pending e : live) {
            touched.add(e.userId());
            if (fresh.contains(e.eventId())) {
                statuses.put(e.eventId(), Status.APPLIED);
                applied.computeIfAbsent(e.userId(), u -> new ArrayList<>()).add(e.eventId());
            }
        }
        Map<String, Profile> stored = findAll(touched);
        List<Object[]> upserts = new ArrayList<>(applied.size());
        applied.forEach((user, ids) -> {
            Profile next = change.apply(stored.getOrDefault(user, Profile.empty(user, currency)), ids);
            stored.put(user, next);
            upserts.add(rows.upsertArgs(next, now));
        });
        if (!upserts.isEmpty()) {
            jdbc.batchUpdate(ProfileRows.UPSERT, upserts);
        }
        return new Batch(statuses, stored);
    }

    private Map<String, Instant> erasedAt(Collection<String> users) {
        Map<String, Instant> erased = new HashMap<>();
        jdbc.query(ERASED_AT, rs -> {
            erased.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant());
        }, (Object) users.toArray(String[]::new));
        return erased;
    }

    private Map<String, Profile> findAll(Collection<String> users) {
        Map<String, Profile> found = new LinkedHashMap<>();
        jdbc.query(FIND_ALL, rows::map, (Object) users.toArray(String[]::new)).forEach(p -> found.put(p.userId(), p));
        return found;
    }
}
