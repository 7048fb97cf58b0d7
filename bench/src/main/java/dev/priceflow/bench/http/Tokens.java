package dev.priceflow.bench.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Access tokens from Keycloak by the password grant on the public client {@code priceflow-cli} (demo realm
 * only; the demo users' passwords equal their names). Tokens live 5 minutes; {@link #bearers} reuses one for 4.
 * Tokens are never printed.
 */
public final class Tokens {

    private static final Pattern SUBJECT = Pattern.compile("\"sub\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final URI tokenEndpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Tokens(String keycloakBase) {
        this.tokenEndpoint = URI.create(keycloakBase + "/realms/priceflow/protocol/openid-connect/token");
    }

    /** A bearer token of demo user {@code user} (password = user name, DEMO ONLY). */
    public String of(String user) {
        String form = "grant_type=password&client_id=priceflow-cli&username=" + enc(user) + "&password=" + enc(user);
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher m = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("Keycloak refused a token for " + user + ": HTTP "
                        + response.statusCode());
            }
            return m.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak unreachable at " + tokenEndpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching a token", e);
        }
    }

    /** How long {@link #bearers} reuses a user's token: they live 5 minutes; a target runs well under one. */
    static final Duration REUSE = Duration.ofMinutes(4);

    private record Issued(String token, long atNanos) {
    }

    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    /**
     * Authorization headers of the given demo users, in order. A user's token is reused for {@link #REUSE} (each
     * password grant costs Keycloak ~0.1 s of CPU, and the single-price targets spread over 200 users); missing
     * ones are fetched 4 at a time.
     */
    public List<Map<String, String>> bearers(List<String> users) {
        long now = System.nanoTime();
        List<String> stale = users.stream().filter(u -> {
            Issued known = issued.get(u);
            return known == null || now - known.atNanos() > REUSE.toNanos();
        }).toList();
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> fetches = stale.stream()
                    .<Future<?>>map(u -> pool.submit(() -> issued.put(u, new Issued(of(u), now))))
                    .toList();
            for (Future<?> fetch : fetches) {
                try {
                    fetch.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while fetching tokens", e);
                }
            }
        }
        return users.stream().map(u -> bearer(issued.get(u).token())).toList();
    }

    public static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    /** The same headers plus {@code Content-Type: application/json}, for POST bodies. */
    public static List<Map<String, String>> withJson(List<Map<String, String>> auth) {
        return auth.stream().map(a -> Map.of("Authorization", a.get("Authorization"),
                "Content-Type", "application/json")).toList();
    }

    /** The JWT's {@code sub} (the user id events must carry), read from its payload without verifying it. */
    public static String subject(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher m = SUBJECT.matcher(payload);
        if (!m.find()) {
            throw new IllegalStateException("token has no sub claim");
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
