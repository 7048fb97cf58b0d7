package dev.priceflow.gateway.admin.application;

import dev.priceflow.gateway.admin.domain.AccessChange;
import dev.priceflow.gateway.admin.domain.UserAccount;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * The identity provider's users (Keycloak). Every call is bounded in time; a call that fails or times out
 * errors with {@link AdminDependencyException} (fail closed: nothing is assumed about access).
 */
public interface Directory {

    /** Users whose username, name or e-mail contains {@code query} (all when blank), one page. */
    Mono<UserPage> search(String query, int first, int max);

    Mono<Optional<UserAccount>> find(String userId);

    /** Ids of all enabled users who hold the admin role. */
    Mono<List<String>> activeAdminIds();

    Mono<Void> apply(String userId, AccessChange change);

    /** One page of users and how many match in all. */
    record UserPage(List<UserAccount> users, long total) {
        public UserPage {
            users = List.copyOf(users);
        }
    }
}
