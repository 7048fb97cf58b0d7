package dev.priceflow.gateway.adapter.observation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import dev.priceflow.infra.test.Tokens;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A routed call (to user-profile) and one of the gateway's own calls (to pricing) both reach Prometheus, each
 * under its own name. Both are recorded whether or not the service behind answers (a refused connection is a
 * call with an error). Before {@link RouteObservationConfig} they shared {@code http.client.requests} with
 * different tag keys and Prometheus dropped whichever registered second.
 */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.KAFKA, Server.REDIS, Server.KEYCLOAK})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClientMetricsIT {

    private static String alice;

    @LocalServerPort
    int port;
    @Autowired
    PrometheusMeterRegistry prometheus;

    @BeforeAll
    static void signIn(Tokens tokens) {
        alice = tokens.accessToken("alice", "alice");
    }

    @Test
    void routedCallsAndTheGatewaysOwnCallsAreBothExported() throws InterruptedException {
        WebTestClient client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
        client.get().uri("/api/v1/profiles/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + alice)
                .exchange().expectBody().returnResult();
        String channel = "metrics" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        client.get().uri("/api/v1/prices/85123A?channel=" + channel)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + alice).exchange().expectBody().returnResult();

        String scraped = "";
        for (int i = 0; i < 40; i++) { // a client observation stops once its response body has been read
            scraped = prometheus.scrape();
            if (scraped.contains("priceflow_gateway_route_requests_seconds_count{")
                    && scraped.contains("http_client_requests_seconds_count{")) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(scraped).as("routed calls, with their route id")
                .containsPattern("priceflow_gateway_route_requests_seconds_count\\{[^}]*"
                        + "spring_cloud_gateway_route_id=\"[^\"]+\"");
        assertThat(scraped).as("the gateway's own WebClient calls (pricing on 127.0.0.1)")
                .containsPattern("http_client_requests_seconds_count\\{[^}]*client_name=\"127\\.0\\.0\\.1\"");
        assertThat(scraped).as("no routed call left under the WebClient's name")
                .doesNotContainPattern("http_client_requests_seconds_count\\{[^}]*spring_cloud_gateway_route_id");
    }
}
