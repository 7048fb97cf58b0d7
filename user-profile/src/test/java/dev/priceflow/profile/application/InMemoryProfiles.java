package dev.priceflow.profile.application;

import dev.priceflow.profile.domain.Profile;
import dev.priceflow.profile.domain.SegmentRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;

/** A test double of {@link Profiles} with the same rules as the PostgreSQL one (markers, idempotency). */
public final class InMemoryProfiles implements Profiles {

    public final Set<UUID> processed = new HashSet<>();
    public final Map<String, Profile> rows = new TreeMap<>();
    public final Map<String, Instant> erasures = new HashMap<>();
    public boolean failing;
    /** How many store transactions recorded events. */
    public int recordAllCalls;
    /** An event id the store cannot take (any transaction holding it fails with {@link #failure}). */
    public UUID unstorable;
    public RuntimeException failure = new IllegalStateException("database down");
    private final String currency;

    public InMemoryProfiles(String currency) {
        this.currency = currency;
    }

    @Override
    public Optional<Profile> find(String userId) {
        if (failing) {
            throw failure;
        }
        return Optional.ofNullable(rows.get(userId));
    }

    @Override
    public Batch recordAll(List<Pending> events, BiFunction<Profile, List<UUID>, Profile> change) {
        if (failing || events.stream().anyMatch(e -> e.eventId().equals(unstorable))) {
            throw failure;
        }
        recordAllCalls++;
        Map<UUID, Status> statuses = new LinkedHashMap<>();
        Map<String, List<UUID>> applied = new LinkedHashMap<>();
        Map<String, Profile> touched = new LinkedHashMap<>();
        for (Pending e : events) {
            Instant erased = erasures.get(e.userId());
            if (erased != null && !e.occurredAt().isAfter(erased)) {
                statuses.put(e.eventId(), Status.ERASED);
                continue;
            }
            touched.put(e.userId(), null);
            if (processed.add(e.eventId())) {
                statuses.put(e.eventId(), Status.APPLIED);
                applied.computeIfAbsent(e.userId(), u -> new ArrayList<>()).add(e.eventId());
            } else {
                statuses.put(e.eventId(), Status.ALREADY_PROCESSED);
            }
        }
        applied.forEach((user, ids) -> rows.put(user, change.apply(rows.getOrDefault(user,
                Profile.empty(user, currency)), ids)));
        Map<String, Profile> profiles = new LinkedHashMap<>();
        touched.keySet().forEach(user -> {
            if (rows.containsKey(user)) {
                profiles.put(user, rows.get(user));
            }
        });
        return new Batch(statuses, profiles);
    }

    @Override
    public void erase(String userId, Instant at) {
        rows.remove(userId);
        erasures.merge(userId, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    @Override
    public Optional<Instant> erasedAt(String userId) {
        return Optional.ofNullable(erasures.get(userId));
    }

    @Override
    public List<Profile> all() {
        return new ArrayList<>(rows.values());
    }

    @Override
    public void assignSegments(Map<String, SegmentRef> segments) {
        segments.forEach((user, ref) -> rows.computeIfPresent(user, (u, p) -> p.withSegment(ref)));
    }

    @Override
    public Map<Integer, Long> segmentSizes(long modelId) {
        Map<Integer, Long> sizes = new TreeMap<>();
        rows.values().stream().filter(p -> p.segment() != null && p.segment().modelId() == modelId)
                .forEach(p -> sizes.merge(p.segment().id(), 1L, Long::sum));
        return sizes;
    }

    @Override
    public void clearForRebuild() {
        rows.clear();
        processed.clear();
    }
}
