package dev.priceflow.gateway.admin.domain;

import java.util.Locale;
import java.util.Optional;

/** The Priceflow realm roles an admin may grant or revoke; Keycloak's own default roles are not managed here. */
public enum Role {
    SHOPPER, MARKETING, ADMIN;

    /** The realm role's name in Keycloak and on the wire. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        for (Role role : values()) {
            if (role.wire().equals(text)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
