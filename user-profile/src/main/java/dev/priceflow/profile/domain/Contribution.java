package dev.priceflow.profile.domain;

/** What an event means for shopper profiles: a delta to add, nothing, or a reason to refuse it. */
public sealed interface Contribution {

    /** The event counts: add {@code delta} to its shopper's profile. */
    record Counts(ProfileDelta delta) implements Contribution {
    }

    /** The event is about something else (e.g. a competitor's price) and leaves profiles alone. */
    record NotAboutShoppers(String what) implements Contribution {
    }

    /** The event is well-formed but cannot be counted; it is dead-lettered with this reason. */
    record Refused(String reason) implements Contribution {
    }
}
