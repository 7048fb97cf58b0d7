package dev.priceflow.pricing.experiment.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running stack for the experiment and simulation ITs: the pricing service on {@code PRICEFLOW_PRICING}
 * (default http://127.0.0.1:8081), Keycloak demo tokens (password grant on priceflow-cli; demo credentials),
 * and plain JDBC for set-up and clean-up of the IT's own SKUs.
 */
final class ItClient {

    static final String ALICE_ID = "6f1c2a8e-0000-4000-8000-00000000a11c";
    static final String MIA_ID = "6f1c2a8e-0000-4000-8000-0000000003a1";
    static final JsonMapper JSON = JsonMapper.shared();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Answer(int status, JsonNode body, String contentType) {
    }

    private ItClient() {
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static String pricing() {
        return env("PRICEFLOW_PRICING", "http://127.0.0.1:8081");
    }

    static String token(String user) throws Exception {
        String form = "grant_type=password&client_id=priceflow-cli&username=" + enc(user) + "&password=" + enc(user);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(env("PRICEFLOW_KEYCLOAK",
                        "http://127.0.0.1:8180") + "/realms/priceflow/protocol/openid-connect/token"))
                .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Keycloak answered " + r.statusCode() + " for " + user);
        }
        return JSON.readTree(r.body()).get("access_token").asString();
    }

    static Answer get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(pricing() + path)).GET(), token);
    }

    static Answer post(String path, String token, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(pricing() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), token);
    }

    private static Answer send(HttpRequest.Builder request, String token) throws Exception {
        HttpResponse<String> r = HTTP.send(request.timeout(TIMEOUT).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = r.body().isBlank() ? JSON.nullNode() : JSON.readTree(r.body());
        return new Answer(r.statusCode(), body, r.headers().firstValue("Content-Type").orElse(""));
    }

    static Connection postgres() throws Exception {
        return DriverManager.getConnection(env("PRICEFLOW_PG_URL", "jdbc:postgresql://127.0.0.1:15432/priceflow"),
                env("PRICEFLOW_PG_USER", "priceflow"), env("PRICEFLOW_PG_PASSWORD", "priceflow"));
    }

    static void update(String sql, Object... args) throws Exception {
        try (Connection db = postgres(); PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    static String first(String sql, Object... args) throws Exception {
        try (Connection db = postgres(); PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
