package dev.priceflow.infra.test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Temporary realm users for ITs through Keycloak's admin REST API (master realm, client admin-cli, password
 * {@code PRICEFLOW_KEYCLOAK_ADMIN_PASSWORD} or the stack's {@code .priceflow/secrets/keycloak-admin}). Every
 * user made here is deleted by {@link #delete}. Test code only: the password is never logged.
 */
public final class KeycloakUsers {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String base;

    public KeycloakUsers(Stack stack) {
        this.base = stack.keycloak().toString().replaceAll("/$", "");
    }

    /** Creates an enabled user with {@code password} and the realm role {@code role}; answers its id. */
    public String create(String username, String password, String role) throws Exception {
        String admin = adminToken();
        String user = """
                {"username":"%s","enabled":true,"firstName":"IT","lastName":"Temporary","email":"%s@it.priceflow.test",
                 "emailVerified":true,"requiredActions":[],
                 "credentials":[{"type":"password","value":"%s","temporary":false}]}"""
                .formatted(username, username, password);
        HttpResponse<String> created = send(admin, HttpRequest.newBuilder(URI.create(base
                + "/admin/realms/" + Stack.REALM + "/users")).POST(HttpRequest.BodyPublishers.ofString(user)));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak refused the IT user: HTTP " + created.statusCode());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        HttpResponse<String> roleRep = send(admin, HttpRequest.newBuilder(URI.create(base + "/admin/realms/"
                + Stack.REALM + "/roles/" + role)).GET());
        HttpResponse<String> granted = send(admin, HttpRequest.newBuilder(URI.create(base + "/admin/realms/"
                + Stack.REALM + "/users/" + id + "/role-mappings/realm"))
                .POST(HttpRequest.BodyPublishers.ofString("[" + roleRep.body() + "]")));
        if (granted.statusCode() != 204) {
            delete(id);
            throw new IllegalStateException("Keycloak refused the role grant: HTTP " + granted.statusCode());
        }
        return id;
    }

    public void delete(String id) throws Exception {
        send(adminToken(), HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + Stack.REALM + "/users/" + id))
                .DELETE());
    }

    private HttpResponse<String> send(String bearer, HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(TIMEOUT).header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private String adminToken() throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(adminPassword(), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/realms/master/protocol/openid-connect/token")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak admin sign-in failed: HTTP " + response.statusCode());
        }
        return JsonMapper.shared().readTree(response.body()).get("access_token").asString();
    }

    private static String adminPassword() throws Exception {
        String env = System.getenv("PRICEFLOW_KEYCLOAK_ADMIN_PASSWORD");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        for (Path candidate : List.of(Path.of(".priceflow/secrets/keycloak-admin"),
                Path.of("../.priceflow/secrets/keycloak-admin"))) {
            if (Files.isReadable(candidate)) {
                return Files.readString(candidate).strip();
            }
        }
        throw new IllegalStateException("no Keycloak admin password (PRICEFLOW_KEYCLOAK_ADMIN_PASSWORD or "
                + ".priceflow/secrets/keycloak-admin)");
    }
}
