package dev.priceflow.pricing.domain;

import java.util.Objects;
import java.util.Set;

/**
 * Who a promotion is for: everyone (both sets empty), or only the shoppers whose user id (JWT {@code sub}) is in
 * {@code userIds} or whose profile segment is in {@code segments}. A shopper without a profile (or whose profile
 * could not be read) has no segment and never matches a segment target.
 */
public record Audience(Set<Integer> segments, Set<String> userIds) {

    public static final Audience EVERYONE = new Audience(Set.of(), Set.of());

    public Audience {
        segments = Set.copyOf(Objects.requireNonNull(segments, "segments"));
        userIds = Set.copyOf(Objects.requireNonNull(userIds, "userIds"));
    }

    public boolean everyone() {
        return segments.isEmpty() && userIds.isEmpty();
    }

    /** Whether the shopper {@code userId} with profile segment {@code segment} (null: none) may get it. */
    public boolean admits(String userId, Integer segment) {
        return everyone() || (userId != null && userIds.contains(userId))
                || (segment != null && segments.contains(segment));
    }
}
