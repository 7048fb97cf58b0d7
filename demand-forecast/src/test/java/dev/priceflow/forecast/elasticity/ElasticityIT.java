package dev.priceflow.forecast.elasticity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Elasticities over the real PostgreSQL: imported IT- history in, an estimate out (the consumer is off). */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.POSTGRES, Server.KAFKA, Server.REDIS})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "priceflow.forecast.history.consume=false")
class ElasticityIT {

    private final List<String> skus = new ArrayList<>();

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void deleteTestRows() {
        skus.forEach(sku -> jdbc.update("DELETE FROM forecast.sales_daily WHERE sku = ?", sku));
    }

    private String sku() {
        String sku = "IT-" + UUID.randomUUID().toString().substring(0, 12).toUpperCase(Locale.ROOT);
        skus.add(sku);
        return sku;
    }

    @Test
    void importedHistoryGivesAnElasticityWithItsIntervalAndUnknownSkusAre404() {
        Random random = new Random(5);
        StringBuilder csv = new StringBuilder("sku,day,units,revenue\n");
        LocalDate monday = LocalDate.parse("2025-01-06");
        List<String> mine = List.of(sku(), sku(), sku());
        for (String sku : mine) {
            for (int week = 0; week < 12; week++) {
                double price = 2 + 0.25 * (week % 5);
                long units = Math.max(1, Math.round(400 * Math.pow(price, -1.8) * Math.exp(0.05 * random.nextGaussian())));
                csv.append(sku).append(',').append(monday.plusWeeks(week)).append(',').append(units).append(',')
                        .append(String.format(Locale.ROOT, "%.2f", units * price)).append('\n');
            }
        }
        http().post().uri("/api/v1/forecast/sales/imports").contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(csv.toString()).exchange().expectStatus().isOk();

        http().get().uri("/api/v1/elasticities/" + mine.getFirst()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.sku").isEqualTo(mine.getFirst())
                .jsonPath("$.observations").isEqualTo(12)
                .jsonPath("$.elasticity").value(e -> assertThat(((Number) e).doubleValue()).isBetween(-4.0, 0.0))
                .jsonPath("$.low").isNumber()
                .jsonPath("$.high").isNumber()
                .jsonPath("$.shrinkageWeight").isNumber()
                .jsonPath("$.categoryElasticity").isNumber();
        http().get().uri("/api/v1/elasticities/IT-NO-SUCH-SKU-" + random.nextInt(1000)).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.UNKNOWN_SKU.toString());
    }

    private WebTestClient http() {
        return WebTestClient.bindToApplicationContext(context).apply(springSecurity()).configureClient().build()
                .mutateWith(mockJwt().authorities(new SimpleGrantedAuthority("ROLE_admin")));
    }
}
