package dev.priceflow.infra.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackTest {

    @Test
    void withNothingSetEveryEndpointIsTheLocalStacksDefault() {
        Stack stack = Stack.from(name -> null);

        assertThat(stack.kafkaBootstrap()).isEqualTo("127.0.0.1:19092");
        assertThat(stack.redisUri()).isEqualTo(URI.create("redis://127.0.0.1:16379"));
        assertThat(stack.pgUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:15432/priceflow");
        assertThat(stack.pgUser()).isEqualTo("priceflow");
        assertThat(stack.pgPassword()).isEqualTo("priceflow");
        assertThat(stack.elasticsearch()).isEqualTo(URI.create("http://127.0.0.1:19200"));
        assertThat(stack.keycloak()).isEqualTo(URI.create("http://127.0.0.1:8180"));
        assertThat(stack.keycloakIssuer()).isEqualTo(URI.create("http://127.0.0.1:8180/realms/priceflow"));
        assertThat(stack.gateway()).isEqualTo(URI.create("http://127.0.0.1:8080"));
    }

    @Test
    void variablesOverrideDefaultsAndBlankValuesDoNot() {
        Map<String, String> env = Map.of(
                "PRICEFLOW_KAFKA", "10.0.0.5:9093,10.0.0.6:9093",
                "PRICEFLOW_PG_URL", "jdbc:postgresql://db.local/priceflow?sslmode=disable",
                "PRICEFLOW_PG_USER", "svc",
                "PRICEFLOW_PG_PASSWORD", " ",
                "PRICEFLOW_KEYCLOAK", "https://sso.example.test/",
                "PRICEFLOW_REDIS", "redis://:secret@127.0.0.2:7000/1");
        Stack stack = Stack.from(env::get);

        assertThat(stack.kafkaBootstrap()).isEqualTo("10.0.0.5:9093,10.0.0.6:9093");
        assertThat(stack.endpoint(Server.KAFKA)).isEqualTo(new Server.Endpoint("10.0.0.5", 9093));
        assertThat(stack.pgUser()).isEqualTo("svc");
        assertThat(stack.pgPassword()).isEqualTo("priceflow");
        assertThat(stack.endpoint(Server.POSTGRES)).isEqualTo(new Server.Endpoint("db.local", 5432));
        assertThat(stack.keycloakIssuer()).isEqualTo(URI.create("https://sso.example.test/realms/priceflow"));
        assertThat(stack.endpoint(Server.KEYCLOAK)).isEqualTo(new Server.Endpoint("sso.example.test", 443));
        assertThat(stack.endpoint(Server.REDIS)).isEqualTo(new Server.Endpoint("127.0.0.2", 7000));
        assertThat(stack.endpoint(Server.ELASTICSEARCH)).isEqualTo(new Server.Endpoint("127.0.0.1", 19200));
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironment() {
        System.setProperty("PRICEFLOW_GATEWAY", "http://127.0.0.1:18080");
        try {
            assertThat(Stack.fromEnvironment().gateway()).isEqualTo(URI.create("http://127.0.0.1:18080"));
        } finally {
            System.clearProperty("PRICEFLOW_GATEWAY");
        }
    }

    @Test
    void toStringNeverShowsThePassword() {
        Stack stack = Stack.from(Map.of("PRICEFLOW_PG_PASSWORD", "s3cr3t-value")::get);

        assertThat(stack.toString()).doesNotContain("s3cr3t-value");
    }
}
