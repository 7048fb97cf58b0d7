package dev.priceflow.pricing.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;

/** Where the running local stack is (the PRICEFLOW_* variables, with the local defaults), and small clients to it. */
final class Stack {

    static final String ALICE_ID = "6f1c2a8e-0000-4000-8000-00000000a11c";

    private Stack() {
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static Connection postgres() throws SQLException {
        return DriverManager.getConnection(env("PRICEFLOW_PG_URL", "jdbc:postgresql://127.0.0.1:15432/priceflow"),
                env("PRICEFLOW_PG_USER", "priceflow"), env("PRICEFLOW_PG_PASSWORD", "priceflow"));
    }

    static KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, env("PRICEFLOW_KAFKA", "127.0.0.1:19092"));
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    /** A real access token from Keycloak: password grant of a demo user through the public CLI client. */
    static String token(String user, String password) throws Exception {
        String form = "grant_type=password&client_id=priceflow-cli&username=" + enc(user) + "&password="
                + enc(password);
        HttpRequest request = HttpRequest.newBuilder(URI.create(env("PRICEFLOW_KEYCLOAK", "http://127.0.0.1:8180")
                        + "/realms/priceflow/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak answered " + response.statusCode() + " for " + user);
            }
            return JsonMapper.shared().readTree(response.body()).get("access_token").asString();
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
