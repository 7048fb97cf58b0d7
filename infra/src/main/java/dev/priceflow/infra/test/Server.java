package dev.priceflow.infra.test;

import java.net.URI;

/**
 * The servers of the local stack: where each one's address comes from (an environment variable, or a system
 * property of the same name, else the default) and how to start it when it is missing.
 */
public enum Server {
    KAFKA("Kafka", "PRICEFLOW_KAFKA", "127.0.0.1:19092", 9092),
    REDIS("Redis", "PRICEFLOW_REDIS", "redis://127.0.0.1:16379", 6379),
    POSTGRES("PostgreSQL", "PRICEFLOW_PG_URL", "jdbc:postgresql://127.0.0.1:15432/priceflow", 5432),
    ELASTICSEARCH("Elasticsearch", "PRICEFLOW_ES", "http://127.0.0.1:19200", 9200),
    KEYCLOAK("Keycloak", "PRICEFLOW_KEYCLOAK", "http://127.0.0.1:8180", 8080),
    GATEWAY("The gateway", "PRICEFLOW_GATEWAY", "http://127.0.0.1:8080", 8080);

    private final String displayName;
    private final String variable;
    private final String defaultValue;
    private final int defaultPort;

    Server(String displayName, String variable, String defaultValue, int defaultPort) {
        this.displayName = displayName;
        this.variable = variable;
        this.defaultValue = defaultValue;
        this.defaultPort = defaultPort;
    }

    public String displayName() {
        return displayName;
    }

    /** The environment variable (or system property) that overrides the default address. */
    public String variable() {
        return variable;
    }

    public String defaultValue() {
        return defaultValue;
    }

    /** What to run when this server is down. */
    public String startHint() {
        return this == GATEWAY ? "start the stack with ./priceflow up"
                : "start the stack with ./priceflow up --servers-only";
    }

    /** The TCP endpoint behind a configured value: a Kafka bootstrap list (first entry), or a (JDBC) URI. */
    public Endpoint endpoint(String value) {
        if (this == KAFKA) {
            String first = value.split(",")[0].trim();
            int colon = first.lastIndexOf(':');
            if (colon < 0) {
                return new Endpoint(first, defaultPort);
            }
            return new Endpoint(first.substring(0, colon), Integer.parseInt(first.substring(colon + 1)));
        }
        URI uri = URI.create(value.startsWith("jdbc:") ? value.substring("jdbc:".length()) : value);
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(variable + "='" + value + "' has no host");
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : defaultPort;
        return new Endpoint(uri.getHost(), port);
    }

    /** A host and TCP port. */
    public record Endpoint(String host, int port) {
        @Override
        public String toString() {
            return host + ":" + port;
        }
    }
}
