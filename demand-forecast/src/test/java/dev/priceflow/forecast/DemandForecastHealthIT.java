package dev.priceflow.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The service starts against the local stack and its health reports each real dependency UP. */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.POSTGRES, Server.KAFKA, Server.REDIS})
// The consumer stays off: it would join the running service's consumer group and take its partitions.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "priceflow.forecast.history.consume=false")
class DemandForecastHealthIT {

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient db;

    @Test
    void flywayCreatedTheSalesHistoryTableInSchemaForecast() {
        List<String> columns = strings("""
                SELECT column_name::text FROM information_schema.columns
                WHERE table_schema = 'forecast' AND table_name = 'sales_daily' ORDER BY ordinal_position""");
        List<String> key = strings("""
                SELECT a.attname::text FROM pg_index i
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
                WHERE i.indrelid = 'forecast.sales_daily'::regclass AND i.indisprimary ORDER BY a.attnum""");

        assertThat(columns).containsExactly("sku", "day", "units", "revenue", "promo_units");
        assertThat(key).containsExactly("sku", "day");
    }

    private List<String> strings(String sql) {
        return db.sql(sql).map(row -> row.get(0, String.class)).all().collectList().block(Duration.ofSeconds(5));
    }

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
                .jsonPath("$.components.r2dbc.status").isEqualTo("UP")
                .jsonPath("$.components.redis.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.status").isEqualTo("UP"));
    }
}
