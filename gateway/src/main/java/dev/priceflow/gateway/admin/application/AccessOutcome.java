package dev.priceflow.gateway.admin.application;

import dev.priceflow.gateway.admin.domain.UserAccount;

/** What became of an access change request. */
public sealed interface AccessOutcome {

    /** Applied and audited; the user as it is now. */
    record Changed(UserAccount user) implements AccessOutcome {
    }

    /** The user already was that way: nothing changed, nothing audited. */
    record Unchanged(UserAccount user) implements AccessOutcome {
    }

    record NotFound(String userId) implements AccessOutcome {
    }

    /** Refused by a rule (the last administrator); nothing changed. */
    record Refused(String reason) implements AccessOutcome {
    }
}
