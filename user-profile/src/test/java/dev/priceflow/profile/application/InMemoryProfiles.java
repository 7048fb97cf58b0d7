package dev.priceflow.profile.application;

import dev.priceflow.profile.domain.Profile;
import dev.priceflow.profile.domain.SegmentRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** A test double of {@link Profiles} with the same rules as the PostgreSQL one (markers, idempotency). */
public final class InMemoryProfiles implements Profiles {

    public final Set<UUID> processed = new HashSet<>();
    public final Map<String, Profile> rows = new TreeMap<>();
    public final Map<String, Instant> erasures = new HashMap<>();
    public boolean failing;
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
    public Recorded recordOnce(UUID eventId, String userId, Instant occurredAt, UnaryOperator<Profile> change) {
        if (failing) {
            throw failure;
        }
        Instant erased = erasures.get(userId);
        if (erased != null && !occurredAt.isAfter(erased)) {
            return new Recorded.Erased();
        }
        if (!processed.add(eventId)) {
            return new Recorded.AlreadyProcessed();
        }
        Profile next = change.apply(rows.getOrDefault(userId, Profile.empty(userId, currency)));
        rows.put(userId, next);
        return new Recorded.Applied(next);
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
