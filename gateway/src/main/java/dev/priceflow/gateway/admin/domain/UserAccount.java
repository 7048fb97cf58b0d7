package dev.priceflow.gateway.admin.domain;

import java.util.Set;

/** A Keycloak user as the admin console sees it: identity, whether it may sign in, and its Priceflow roles. */
public record UserAccount(String id, String username, String email, String firstName, String lastName,
                          boolean enabled, Set<Role> roles) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public boolean isActiveAdmin() {
        return enabled && roles.contains(Role.ADMIN);
    }
}
