package dev.priceflow.forecast.history.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.forecast.history.HistoryProperties;
import dev.priceflow.forecast.history.application.ImportSales;
import dev.priceflow.forecast.history.application.InMemorySalesHistory;
import dev.priceflow.forecast.history.domain.SalesCsv;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.unit.DataSize;

@WebFluxTest(controllers = SalesImportController.class)
@Import({dev.priceflow.forecast.adapter.web.SecurityConfig.class, SalesImportControllerTest.Fakes.class})
class SalesImportControllerTest {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final String VALID = "sku,day,units,revenue\nA1,2026-01-01,2,5.00\nB2,2026-01-03,1,1.00\n";

    @Autowired
    WebTestClient web;

    @Autowired
    InMemorySalesHistory history;

    @BeforeEach
    void reset() {
        history.rows.clear();
        history.replaceCalls = 0;
    }

    private WebTestClient as(String role) {
        return web.mutateWith(mockJwt().authorities(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        web.post().uri(SalesImportController.PATH).contentType(CSV).bodyValue(VALID).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.UNAUTHENTICATED.toString());
        assertThat(history.rows).isEmpty();
    }

    @Test
    void aShopperGets403() {
        as("shopper").post().uri(SalesImportController.PATH).contentType(CSV).bodyValue(VALID).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.FORBIDDEN.toString());
        assertThat(history.rows).isEmpty();
    }

    @Test
    void marketingImportsAValidFile() {
        as("marketing").post().uri(SalesImportController.PATH).contentType(CSV).bodyValue(VALID).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.importedRows").isEqualTo(2)
                .jsonPath("$.skus").isEqualTo(2)
                .jsonPath("$.from").isEqualTo("2026-01-01")
                .jsonPath("$.to").isEqualTo("2026-01-03");
        assertThat(history.rows).hasSize(2);
    }

    @Test
    void aFileWithBadLinesIs422ListingThemAndWritesNothing() {
        as("admin").post().uri(SalesImportController.PATH).contentType(CSV)
                .bodyValue("sku,day,units,revenue\nA1,2026-01-01,2,5.00\nA1,2026-01-02,NaN,1\nA1,2026-01-01,1,1\n")
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(ProblemTypes.INVALID_REQUEST.toString())
                .jsonPath("$.totalErrors").isEqualTo(2)
                .jsonPath("$.errors[0].line").isEqualTo(3)
                .jsonPath("$.errors[0].reason").isEqualTo("units 'NaN' is not a whole number")
                .jsonPath("$.errors[1].line").isEqualTo(4);
        assertThat(history.replaceCalls).isZero();
    }

    @Test
    void anEmptyBodyIs422() {
        as("admin").post().uri(SalesImportController.PATH).contentType(CSV).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].reason").value(r -> assertThat((String) r).contains("empty"));
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String big = VALID + "A1,2026-01-02,1,1.00\n".repeat(200);
        as("admin").post().uri(SalesImportController.PATH).contentType(CSV).bodyValue(big).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(history.rows).isEmpty();
    }

    @Test
    void anotherContentTypeIsRejected() {
        as("admin").post().uri(SalesImportController.PATH).contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(415);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Fakes {
        @Bean
        InMemorySalesHistory inMemorySalesHistory() {
            return new InMemorySalesHistory();
        }

        @Bean
        HistoryProperties historyProperties() {
            return new HistoryProperties("GBP", false, DataSize.ofKilobytes(1), 100,
                    new HistoryProperties.Retry(Duration.ofMillis(1), 2, Duration.ofMillis(5)));
        }

        @Bean
        ImportSales importSales(InMemorySalesHistory history) {
            return new ImportSales(new SalesCsv(100), history);
        }
    }
}
