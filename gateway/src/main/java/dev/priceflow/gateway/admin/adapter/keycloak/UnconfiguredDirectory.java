package dev.priceflow.gateway.admin.adapter.keycloak;

import dev.priceflow.gateway.admin.application.AdminDependencyException;
import dev.priceflow.gateway.admin.application.Directory;
import dev.priceflow.gateway.admin.domain.AccessChange;
import dev.priceflow.gateway.admin.domain.UserAccount;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Mono;

/** Stands in when no client secret is configured: every admin call fails with 503, nothing else breaks. */
public class UnconfiguredDirectory implements Directory {

    private static <T> Mono<T> refuse() {
        return Mono.error(new AdminDependencyException(
                "user administration is not configured (PRICEFLOW_GATEWAY_CLIENT_SECRET is not set)", null));
    }

    @Override
    public Mono<UserPage> search(String query, int first, int max) {
        return refuse();
    }

    @Override
    public Mono<Optional<UserAccount>> find(String userId) {
        return refuse();
    }

    @Override
    public Mono<List<String>> activeAdminIds() {
        return refuse();
    }

    @Override
    public Mono<Void> apply(String userId, AccessChange change) {
        return refuse();
    }
}
