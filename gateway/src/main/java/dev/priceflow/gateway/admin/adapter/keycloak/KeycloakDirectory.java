package dev.priceflow.gateway.admin.adapter.keycloak;

import dev.priceflow.gateway.admin.application.AdminDependencyException;
import dev.priceflow.gateway.admin.application.Directory;
import dev.priceflow.gateway.admin.domain.AccessChange;
import dev.priceflow.gateway.admin.domain.Role;
import dev.priceflow.gateway.admin.domain.UserAccount;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Keycloak's admin REST API through {@code keycloak-admin-client} (blocking RESTEasy calls, so each runs on
 * boundedElastic and is cut off after the call timeout). Uses the service account of the confidential
 * client priceflow-gateway (realm-management view-users, query-users, manage-users, view-realm).
 */
public class KeycloakDirectory implements Directory {

    /** How many users the last-admin check scans when the service account may not list a role's members. */
    static final int SCAN_LIMIT = 1000;

    private final Keycloak keycloak;
    private final String realm;
    private final Duration timeout;

    public KeycloakDirectory(Keycloak keycloak, String realm, Duration timeout) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.timeout = timeout;
    }

    @Override
    public Mono<UserPage> search(String query, int first, int max) {
        String q = query == null ? "" : query.strip();
        return call("search users", () -> {
            List<UserRepresentation> found = realm().users().search(q, first, max, false);
            long total = realm().users().count(q);
            return new UserPage(found.stream().map(this::account).toList(), total);
        });
    }

    @Override
    public Mono<Optional<UserAccount>> find(String userId) {
        return call("read user", () -> {
            try {
                return Optional.of(account(realm().users().get(userId).toRepresentation()));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public Mono<List<String>> activeAdminIds() {
        return call("list administrators", () -> {
            try {
                return realm().roles().get(Role.ADMIN.wire()).getUserMembers(false, 0, SCAN_LIMIT).stream()
                        .filter(u -> Boolean.TRUE.equals(u.isEnabled())).map(UserRepresentation::getId).toList();
            } catch (ForbiddenException e) {
                // Without view-realm (a realm imported before it was added) scan the users instead.
                return realm().users().list(0, SCAN_LIMIT).stream().filter(u -> Boolean.TRUE.equals(u.isEnabled()))
                        .filter(u -> roles(u.getId()).contains(Role.ADMIN)).map(UserRepresentation::getId).toList();
            }
        });
    }

    @Override
    public Mono<Void> apply(String userId, AccessChange change) {
        return call("change access", () -> {
            UserResource user = realm().users().get(userId);
            switch (change) {
                case AccessChange.GrantRole grant -> user.roles().realmLevel().add(List.of(role(user, grant.role())));
                case AccessChange.RevokeRole revoke -> user.roles().realmLevel().remove(List.of(role(user, revoke.role())));
                case AccessChange.SetEnabled set -> {
                    UserRepresentation rep = user.toRepresentation();
                    rep.setEnabled(set.enabled());
                    user.update(rep);
                }
            }
            return Boolean.TRUE;
        }).then();
    }

    /** The realm role's representation, from the roles the user could have (needs only view-users). */
    private static RoleRepresentation role(UserResource user, Role role) {
        return java.util.stream.Stream.concat(user.roles().realmLevel().listAll().stream(),
                        user.roles().realmLevel().listAvailable().stream())
                .filter(r -> r.getName().equals(role.wire())).findFirst()
                .orElseThrow(() -> new IllegalStateException("realm has no role " + role.wire()));
    }

    private UserAccount account(UserRepresentation u) {
        return new UserAccount(u.getId(), u.getUsername(), u.getEmail(), u.getFirstName(), u.getLastName(),
                Boolean.TRUE.equals(u.isEnabled()), roles(u.getId()));
    }

    private Set<Role> roles(String userId) {
        Set<String> names = realm().users().get(userId).roles().realmLevel().listEffective().stream()
                .map(RoleRepresentation::getName).collect(Collectors.toSet());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (names.contains(role.wire())) {
                roles.add(role);
            }
        }
        return roles;
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    private <T> Mono<T> call(String what, Callable<T> blocking) {
        return Mono.fromCallable(blocking)
                .subscribeOn(Schedulers.boundedElastic())
                .timeout(timeout)
                .onErrorMap(e -> !(e instanceof AdminDependencyException),
                        e -> new AdminDependencyException("Keycloak could not " + what, e));
    }
}
