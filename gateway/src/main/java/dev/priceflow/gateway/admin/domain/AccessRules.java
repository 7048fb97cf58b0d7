package dev.priceflow.gateway.admin.domain;

import java.util.Collection;
import java.util.Optional;

/** The rule that keeps the realm manageable: there is always at least one enabled administrator. */
public final class AccessRules {

    private AccessRules() {
    }

    /**
     * Why the change may not be made, or empty when it may.
     *
     * @param activeAdminIds ids of every enabled user holding the admin role, the target included if it is one
     */
    public static Optional<String> rejection(UserAccount target, AccessChange change, Collection<String> activeAdminIds) {
        if (!change.removesActiveAdmin(target)) {
            return Optional.empty();
        }
        boolean anotherAdmin = activeAdminIds.stream().anyMatch(id -> !id.equals(target.id()));
        return anotherAdmin ? Optional.empty()
                : Optional.of(target.username() + " is the last enabled administrator: grant admin to someone else first");
    }
}
