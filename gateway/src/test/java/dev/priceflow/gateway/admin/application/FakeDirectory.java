package dev.priceflow.gateway.admin.application;

import dev.priceflow.gateway.admin.domain.AccessChange;
import dev.priceflow.gateway.admin.domain.Role;
import dev.priceflow.gateway.admin.domain.UserAccount;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import reactor.core.publisher.Mono;

/** Users in memory; records every change applied. */
public class FakeDirectory implements Directory {

    public final Map<String, UserAccount> users = new LinkedHashMap<>();
    public final List<String> applied = new ArrayList<>();
    public boolean down;

    public FakeDirectory with(String id, boolean enabled, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        users.put(id, new UserAccount(id, id + "-name", id + "@example.com", "F", "L", enabled, set));
        return this;
    }

    private <T> Mono<T> guard(Mono<T> answer) {
        return down ? Mono.error(new AdminDependencyException("Keycloak is down", null)) : answer;
    }

    @Override
    public Mono<UserPage> search(String query, int first, int max) {
        List<UserAccount> hits = users.values().stream().filter(u -> u.username().contains(query)).toList();
        return guard(Mono.just(new UserPage(hits.stream().skip(first).limit(max).toList(), hits.size())));
    }

    @Override
    public Mono<Optional<UserAccount>> find(String userId) {
        return guard(Mono.fromSupplier(() -> Optional.ofNullable(users.get(userId))));
    }

    @Override
    public Mono<List<String>> activeAdminIds() {
        return guard(Mono.fromSupplier(() -> users.values().stream().filter(UserAccount::isActiveAdmin)
                .map(UserAccount::id).toList()));
    }

    @Override
    public Mono<Void> apply(String userId, AccessChange change) {
        return guard(Mono.fromRunnable(() -> {
            UserAccount u = users.get(userId);
            Set<Role> roles = u.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(u.roles());
            boolean enabled = u.enabled();
            switch (change) {
                case AccessChange.GrantRole g -> roles.add(g.role());
                case AccessChange.RevokeRole r -> roles.remove(r.role());
                case AccessChange.SetEnabled s -> enabled = s.enabled();
            }
            users.put(userId, new UserAccount(u.id(), u.username(), u.email(), u.firstName(), u.lastName(), enabled,
                    roles));
            applied.add(change.action() + " " + userId);
        }));
    }
}
