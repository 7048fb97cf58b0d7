package dev.priceflow.forecast.serving.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.forecast.adapter.web.SecurityConfig;
import dev.priceflow.forecast.model.domain.Granularity;
import dev.priceflow.forecast.model.domain.QuantileForecast;
import dev.priceflow.forecast.model.domain.Series;
import dev.priceflow.forecast.model.domain.WindowSpec;
import dev.priceflow.forecast.serving.application.ChampionModel;
import dev.priceflow.forecast.serving.application.ForecastSku;
import dev.priceflow.forecast.training.application.SalesSource;
import dev.priceflow.forecast.training.domain.DailyRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
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

@WebFluxTest(controllers = ForecastController.class)
@Import({SecurityConfig.class, ForecastControllerTest.Fakes.class})
class ForecastControllerTest {

    static final UUID MODEL = UUID.fromString("00000000-0000-4000-8000-000000000042");

    @Autowired
    WebTestClient web;

    @Autowired
    FakeChampion champion;

    @BeforeEach
    void trained() {
        champion.current.set(new ChampionModel.Current(MODEL, new WindowSpec(4, 3)));
    }

    private WebTestClient as(String role) {
        return web.mutateWith(mockJwt().authorities(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    @Test
    void aDailyChampionAnswersPerDayFromTheZeroFilledDailyHistory() {
        champion.current.set(new ChampionModel.Current(MODEL, new WindowSpec(10, 3), Granularity.DAILY));

        as("marketing").get().uri("/api/v1/forecasts/A1?horizon=2").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.granularity").isEqualTo("DAILY")
                .jsonPath("$.horizon").isEqualTo(2)
                .jsonPath("$.periods.length()").isEqualTo(2)
                .jsonPath("$.periods[0].day").isEqualTo("2025-02-25")   // the day after the last sale (a Monday)
                .jsonPath("$.periods[1].day").isEqualTo("2025-02-26")
                .jsonPath("$.periods[0].weekStart").doesNotExist()
                .jsonPath("$.periods[0].p10").isEqualTo(1.0);
        Series input = champion.lastInput.get();
        assertThat(input.length()).isEqualTo(50 + 3);   // 2025-01-06 .. 2025-02-24, then the model horizon
        assertThat(input.values()[0]).isEqualTo(10);
        assertThat(input.values()[1]).isZero();          // a Tuesday without rows counts as zero sales
        assertThat(input.yearPhase()[1]).isEqualTo(1 / 7.0);   // day of week: Tuesday

        as("marketing").get().uri("/api/v1/forecasts/A1?horizon=10000").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("horizon")
                .jsonPath("$.detail").isEqualTo("horizon must be within 1..3 periods of the serving model");
        as("marketing").get().uri("/api/v1/forecasts/A1?horizon=0").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("horizon");
        as("marketing").get().uri("/api/v1/forecasts/SHORT").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.detail").isEqualTo("SHORT has 8 days of sales history; the model needs 10");
    }

    @Test
    void withoutATokenIs401AndAShopperIs403() {
        web.get().uri("/api/v1/forecasts/A1").exchange().expectStatus().isUnauthorized();
        as("shopper").get().uri("/api/v1/forecasts/A1").exchange().expectStatus().isForbidden();
        as("shopper").post().uri("/api/v1/forecasts/A1/what-if").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"prices\":[\"2.00\"]}").exchange().expectStatus().isForbidden();
    }

    @Test
    void marketingGetsSortedQuantilesPerWeekAfterTheLastSoldWeek() {
        as("marketing").get().uri("/api/v1/forecasts/A1?horizon=2").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.sku").isEqualTo("A1")
                .jsonPath("$.modelId").isEqualTo(MODEL.toString())
                .jsonPath("$.horizon").isEqualTo(2)
                .jsonPath("$.periods.length()").isEqualTo(2)
                .jsonPath("$.periods[0].weekStart").isEqualTo("2025-03-03")
                .jsonPath("$.periods[0].p10").isEqualTo(1.0)
                .jsonPath("$.periods[0].p50").isEqualTo(2.0)
                .jsonPath("$.periods[0].p90").isEqualTo(3.0);
        as("admin").get().uri("/api/v1/forecasts/A1").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.periods.length()").isEqualTo(3);
    }

    @Test
    void theWhatIfPlanReachesTheModelAsFuturePricesAndPromotions() {
        as("marketing").post().uri("/api/v1/forecasts/A1/what-if").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"prices\":[\"2.50\",\"3.00\"],\"promotions\":[true,false]}").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.periods.length()").isEqualTo(2);
        Series s = champion.lastInput.get();
        int n = s.length();
        assertThat(s.price()[n - 3]).isEqualTo(2.5);
        assertThat(s.price()[n - 2]).isEqualTo(3.0);
        assertThat(s.price()[n - 1]).as("after the plan: its last price").isEqualTo(3.0);
        assertThat(s.promo()[n - 3]).isEqualTo(1.0);
        assertThat(s.promo()[n - 2]).isEqualTo(0.0);
    }

    @Test
    void badHorizonsAndPlansAre400NamingTheField() {
        for (String h : List.of("0", "4", "10000", "x")) {
            as("marketing").get().uri("/api/v1/forecasts/A1?horizon=" + h).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.INVALID_REQUEST.toString());
        }
        whatIf("{\"prices\":[]}").jsonPath("$.field").isEqualTo("prices");
        whatIf("{\"prices\":[\"0\"]}").jsonPath("$.field").isEqualTo("prices");
        whatIf("{\"prices\":[\"-1.5\"]}").jsonPath("$.field").isEqualTo("prices");
        whatIf("{\"prices\":[\"abc\"]}").jsonPath("$.field").isEqualTo("prices");
        whatIf("{\"prices\":[\"2\",\"2\"],\"promotions\":[true]}").jsonPath("$.field").isEqualTo("promotions");
        as("marketing").post().uri("/api/v1/forecasts/A1/what-if").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"prices\":[\"2\",\"2\",\"2\",\"2\"]}").exchange().expectStatus().isBadRequest();
        as("marketing").get().uri("/api/v1/forecasts/bad sku!").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.MALFORMED_SKU.toString());
    }

    @Test
    void unknownSkuIs404TooShortIs422AndNoModelIs503() {
        as("marketing").get().uri("/api/v1/forecasts/NOPE").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.UNKNOWN_SKU.toString());
        as("marketing").get().uri("/api/v1/forecasts/SHORT").exchange().expectStatus().isEqualTo(422);
        champion.current.set(null);
        as("marketing").get().uri("/api/v1/forecasts/A1").exchange().expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("train-forecast"));
    }

    private WebTestClient.BodyContentSpec whatIf(String body) {
        return as("marketing").post().uri("/api/v1/forecasts/A1/what-if").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isBadRequest().expectBody();
    }

    /** A champion that answers fixed crossing quantiles (3, 2, 1) and records its input. */
    static final class FakeChampion implements ChampionModel {
        final AtomicReference<Current> current = new AtomicReference<>();
        final AtomicReference<Series> lastInput = new AtomicReference<>();

        @Override
        public Optional<Current> current() {
            return Optional.ofNullable(current.get());
        }

        @Override
        public QuantileForecast forecast(UUID id, Series withFuture) {
            lastInput.set(withFuture);
            int h = current.get().spec().horizon();
            double[] hi = new double[h];
            double[] mid = new double[h];
            double[] lo = new double[h];
            java.util.Arrays.fill(hi, 3);
            java.util.Arrays.fill(mid, 2);
            java.util.Arrays.fill(lo, 1);
            return new QuantileForecast(hi, mid, lo);
        }
    }

    @TestConfiguration
    static class Fakes {
        @Bean
        FakeChampion fakeChampion() {
            return new FakeChampion();
        }

        @Bean
        ForecastSku forecastSku(FakeChampion champion) {
            SalesSource sales = new SalesSource() {
                @Override
                public List<DailyRow> all(String prefix) {
                    return List.of();
                }

                @Override
                public List<DailyRow> of(String sku) {
                    List<DailyRow> rows = new ArrayList<>();
                    int weeks = switch (sku) {
                        case "A1" -> 8;
                        case "SHORT" -> 2;
                        default -> 0;
                    };
                    for (int w = 0; w < weeks; w++) {   // Mondays 2025-01-06 .. 2025-02-24
                        rows.add(new DailyRow(sku, LocalDate.parse("2025-01-06").plusWeeks(w), 10, 20.0, 0));
                    }
                    return rows;
                }
            };
            return new ForecastSku(sales, champion);
        }
    }
}
