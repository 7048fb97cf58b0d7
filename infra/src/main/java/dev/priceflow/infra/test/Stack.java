package dev.priceflow.infra.test;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Endpoints of the running local stack. Each value comes from a system property named like the environment
 * variable (for a one-off override: {@code -DPRICEFLOW_KAFKA=...}), else the environment variable, else the
 * default of the stack that {@code ./priceflow up} starts.
 */
public final class Stack {

    public static final String REALM = "priceflow";

    private final Map<Server, String> values = new EnumMap<>(Server.class);
    private final String pgUser;
    private final String pgPassword;

    private Stack(UnaryOperator<String> lookup) {
        for (Server server : Server.values()) {
            values.put(server, valueOr(lookup, server.variable(), server.defaultValue()));
        }
        pgUser = valueOr(lookup, "PRICEFLOW_PG_USER", "priceflow");
        pgPassword = valueOr(lookup, "PRICEFLOW_PG_PASSWORD", "priceflow");
    }

    /** System properties, then the environment, then defaults. */
    public static Stack fromEnvironment() {
        return from(name -> {
            String property = System.getProperty(name);
            return property != null ? property : System.getenv(name);
        });
    }

    /** For tests: {@code lookup} answers a variable name with its value, or null for the default. */
    public static Stack from(UnaryOperator<String> lookup) {
        return new Stack(lookup);
    }

    private static String valueOr(UnaryOperator<String> lookup, String name, String fallback) {
        String value = lookup.apply(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    public String value(Server server) {
        return values.get(server);
    }

    public Server.Endpoint endpoint(Server server) {
        return server.endpoint(value(server));
    }

    public String kafkaBootstrap() {
        return value(Server.KAFKA);
    }

    public URI redisUri() {
        return URI.create(value(Server.REDIS));
    }

    /** The JDBC URL of the {@code priceflow} database. */
    public String pgUrl() {
        return value(Server.POSTGRES);
    }

    public String pgUser() {
        return pgUser;
    }

    public String pgPassword() {
        return pgPassword;
    }

    public URI elasticsearch() {
        return uri(Server.ELASTICSEARCH);
    }

    /** Keycloak's base URL (without the realm). */
    public URI keycloak() {
        return uri(Server.KEYCLOAK);
    }

    /** The realm's issuer, as in the JWTs' {@code iss} claim. */
    public URI keycloakIssuer() {
        return URI.create(keycloak() + "/realms/" + REALM);
    }

    public URI gateway() {
        return uri(Server.GATEWAY);
    }

    private URI uri(Server server) {
        String value = value(server);
        return URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
    }

    @Override
    public String toString() {
        return "Stack" + values + " pgUser=" + pgUser;
    }
}
