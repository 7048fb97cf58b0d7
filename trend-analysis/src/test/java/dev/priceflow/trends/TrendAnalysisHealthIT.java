package dev.priceflow.trends;

import static org.awaitility.Awaitility.await;

import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The service starts against the local stack and its health reports each real dependency UP. */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.KAFKA, Server.REDIS})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
class TrendAnalysisHealthIT {

    @LocalServerPort
    int port;

    @Test
    void healthIsUpWithEveryDependency() {
        // The first check opens the clients; allow a loaded machine a few tries before judging.
        WebTestClient http = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> http
                .get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.redis.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.status").isEqualTo("UP"));
    }
}
