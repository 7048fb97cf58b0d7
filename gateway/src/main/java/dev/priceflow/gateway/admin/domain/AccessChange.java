package dev.priceflow.gateway.admin.domain;

/** One change of who may do what: a role granted or revoked, or an account enabled or disabled. */
public sealed interface AccessChange {

    /** Whether applying this change to the user would change anything. */
    boolean alters(UserAccount user);

    /** The change that undoes this one. */
    AccessChange inverse();

    /** The audit log's name for the change. */
    String action();

    /** Whether the user stops being an administrator who can sign in. */
    default boolean removesActiveAdmin(UserAccount user) {
        return user.isActiveAdmin() && switch (this) {
            case RevokeRole revoke -> revoke.role() == Role.ADMIN;
            case SetEnabled set -> !set.enabled();
            case GrantRole grant -> false;
        };
    }

    record GrantRole(Role role) implements AccessChange {
        public boolean alters(UserAccount user) {
            return !user.roles().contains(role);
        }

        public AccessChange inverse() {
            return new RevokeRole(role);
        }

        public String action() {
            return "GRANT_ROLE";
        }
    }

    record RevokeRole(Role role) implements AccessChange {
        public boolean alters(UserAccount user) {
            return user.roles().contains(role);
        }

        public AccessChange inverse() {
            return new GrantRole(role);
        }

        public String action() {
            return "REVOKE_ROLE";
        }
    }

    record SetEnabled(boolean enabled) implements AccessChange {
        public boolean alters(UserAccount user) {
            return user.enabled() != enabled;
        }

        public AccessChange inverse() {
            return new SetEnabled(!enabled);
        }

        public String action() {
            return enabled ? "ENABLE" : "DISABLE";
        }
    }
}
