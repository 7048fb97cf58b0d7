package dev.priceflow.bench.chaos;

import dev.priceflow.bench.http.Tokens;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens of the load's users, refreshed every 60 s by a daemon thread (they live 5 minutes). A failed
 * refresh (Keycloak down) keeps the previous token, as a real client would: the services keep validating it with
 * their cached keys. Tokens are never printed.
 */
final class TokenCache implements AutoCloseable {

    private final Tokens tokens;
    private final Map<String, String> current = new ConcurrentHashMap<>();
    private final Thread refresher;
    private volatile boolean open = true;

    TokenCache(Tokens tokens, List<String> users) {
        this.tokens = tokens;
        users.forEach(u -> current.put(u, tokens.of(u)));
        refresher = Thread.ofPlatform().daemon().name("chaos-tokens").start(this::refreshLoop);
    }

    private void refreshLoop() {
        while (open) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                return;
            }
            for (String user : current.keySet()) {
                try {
                    current.put(user, tokens.of(user));
                } catch (RuntimeException e) {
                    // Keycloak unavailable: keep the token we have
                }
            }
        }
    }

    String token(String user) {
        return current.get(user);
    }

    Map<String, String> bearer(String user) {
        return Tokens.bearer(token(user));
    }

    Map<String, String> bearerJson(String user) {
        return Map.of("Authorization", "Bearer " + token(user), "Content-Type", "application/json");
    }

    @Override
    public void close() {
        open = false;
        refresher.interrupt();
    }
}
