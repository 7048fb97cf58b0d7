package dev.priceflow.infra.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens of the demo users from Keycloak (realm {@code priceflow}, public client {@code priceflow-cli},
 * password grant). Each call has a 5 s timeout; a token is cached per user until 30 s before it expires.
 * Failures throw {@link IllegalStateException} with the HTTP status and Keycloak's error, never the password.
 */
public final class Tokens {

    public static final String CLIENT_ID = "priceflow-cli";
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final Duration REFRESH_MARGIN = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI tokenEndpoint;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public Tokens(Stack stack) {
        this(URI.create(stack.keycloakIssuer() + "/protocol/openid-connect/token"), Clock.systemUTC());
    }

    Tokens(URI tokenEndpoint, Clock clock) {
        this.tokenEndpoint = tokenEndpoint;
        this.clock = clock;
    }

    /** A valid access token (a JWT) for the user, from the cache or a fresh password grant. */
    public String accessToken(String username, String password) {
        Cached cached = cache.get(username);
        if (cached != null && clock.instant().isBefore(cached.refreshAt())) {
            return cached.token();
        }
        Cached fresh = grant(username, password);
        cache.put(username, fresh);
        return fresh.token();
    }

    /** A new access token from a fresh password grant, never from (nor into) the cache: a distinct token string. */
    public String freshAccessToken(String username, String password) {
        return grant(username, password).token();
    }

    private Cached grant(String username, String password) {
        String form = Map.of("grant_type", "password", "client_id", CLIENT_ID, "username", username,
                        "password", password).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        Instant requestedAt = clock.instant();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak token endpoint " + tokenEndpoint + " failed for user '"
                    + username + "': " + e + " — start the stack with ./priceflow up --servers-only", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching a token for '" + username + "'", e);
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
            throw new IllegalStateException("Keycloak refused the password grant for user '" + username + "' at "
                    + tokenEndpoint + ": HTTP " + response.statusCode() + " " + body.path("error").asString("")
                    + " " + body.path("error_description").asString(""));
        }
        long expiresIn = body.path("expires_in").asLong(60);
        Instant refreshAt = requestedAt.plusSeconds(expiresIn).minus(REFRESH_MARGIN);
        return new Cached(body.get("access_token").asString(), refreshAt);
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (RuntimeException e) {
            return JSON.createObjectNode();
        }
    }

    /** The claims of a JWT (its payload, not verified: for assertions in tests). */
    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT: expected header.payload.signature");
        }
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    /** The Keycloak realm roles in a JWT ({@code realm_access.roles}). */
    public static Set<String> realmRoles(String jwt) {
        Set<String> roles = new LinkedHashSet<>();
        claims(jwt).path("realm_access").path("roles").forEach(role -> roles.add(role.asString()));
        return roles;
    }

    private record Cached(String token, Instant refreshAt) {
    }
}
