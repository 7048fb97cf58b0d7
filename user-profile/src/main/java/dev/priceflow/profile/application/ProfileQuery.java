package dev.priceflow.profile.application;

import dev.priceflow.profile.domain.Profile;
import dev.priceflow.profile.domain.ProfileFeatures;
import dev.priceflow.profile.domain.ProfileInsights;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Reads a shopper's durable profile with what it says now; a shopper without events has the empty profile. */
public final class ProfileQuery {

    private final Profiles profiles;
    private final ProfileInsights insights;
    private final String currency;
    private final Clock clock;

    public ProfileQuery(Profiles profiles, ProfileInsights insights, String currency, Clock clock) {
        this.profiles = profiles;
        this.insights = insights;
        this.currency = currency;
        this.clock = clock;
    }

    /** A profile, what it says at {@code at}, and the erasure marker if any. */
    public record Answer(Profile profile, ProfileFeatures features, Instant at, Instant erasedAt) {
    }

    public Answer profileOf(String userId) {
        return answer(profiles.find(userId).orElseGet(() -> Profile.empty(userId, currency)), userId);
    }

    /** Only stored profiles (for admins: an unknown user id is not found rather than empty). */
    public Optional<Answer> stored(String userId) {
        return profiles.find(userId).map(p -> answer(p, userId));
    }

    private Answer answer(Profile p, String userId) {
        Instant now = clock.instant();
        return new Answer(p, insights.of(p, now), now, profiles.erasedAt(userId).orElse(null));
    }
}
