package dev.priceflow.forecast.elasticity.adapter.web;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.forecast.adapter.web.SecurityConfig;
import dev.priceflow.forecast.elasticity.application.EstimateElasticity;
import dev.priceflow.forecast.elasticity.domain.ElasticityEstimator;
import dev.priceflow.forecast.elasticity.domain.WeeklyPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

@WebFluxTest(controllers = ElasticityController.class)
@Import({SecurityConfig.class, ElasticityControllerTest.Fakes.class})
class ElasticityControllerTest {

    @Autowired
    WebTestClient web;

    @Autowired
    Map<String, List<WeeklyPoint>> weekly;

    @BeforeEach
    void history() {
        weekly.clear();
        Random random = new Random(11);
        for (String sku : List.of("A1", "B2", "C3")) {
            List<WeeklyPoint> points = new ArrayList<>();
            for (int w = 0; w < 30; w++) {
                double price = 2 + random.nextDouble() * 2;
                points.add(new WeeklyPoint(price, 100 * Math.pow(price, -1.8) * Math.exp(0.1 * random.nextGaussian())));
            }
            weekly.put(sku, points);
        }
    }

    private WebTestClient as(String role) {
        return web.mutateWith(mockJwt().authorities(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    @Test
    void withoutATokenIs401AndAShopperIs403() {
        web.get().uri("/api/v1/elasticities/A1").exchange().expectStatus().isUnauthorized();
        as("shopper").get().uri("/api/v1/elasticities/A1").exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.FORBIDDEN.toString());
    }

    @Test
    void marketingReadsTheElasticityWithItsInterval() {
        as("marketing").get().uri("/api/v1/elasticities/A1").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.sku").isEqualTo("A1")
                .jsonPath("$.elasticity").value(v -> org.assertj.core.api.Assertions.assertThat(((Number) v).doubleValue())
                        .isBetween(-2.2, -1.4))
                .jsonPath("$.low").isNumber()
                .jsonPath("$.high").isNumber()
                .jsonPath("$.observations").isEqualTo(30)
                .jsonPath("$.shrinkageWeight").isNumber()
                .jsonPath("$.categoryElasticity").isNumber()
                .jsonPath("$.priorScope").isEqualTo("all-skus")
                .jsonPath("$.method").value(m -> org.assertj.core.api.Assertions.assertThat((String) m).contains("log-log"));
    }

    @Test
    void aMalformedSkuIs400AndAnUnknownOneIs404() {
        as("admin").get().uri("/api/v1/elasticities/bad sku").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.MALFORMED_SKU.toString());
        as("admin").get().uri("/api/v1/elasticities/NOPE").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.UNKNOWN_SKU.toString());
    }

    @Test
    void notEnoughHistoryAnywhereIs422NamingWhy() {
        weekly.remove("B2");
        weekly.remove("C3");
        as("admin").get().uri("/api/v1/elasticities/A1").exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> org.assertj.core.api.Assertions.assertThat((String) d)
                        .startsWith("only 1 SKU(s)"));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Fakes {
        @Bean
        Map<String, List<WeeklyPoint>> weekly() {
            return new HashMap<>();
        }

        @Bean
        EstimateElasticity estimateElasticity(Map<String, List<WeeklyPoint>> weekly) {
            return new EstimateElasticity(() -> weekly, Map::of, new ElasticityEstimator(8, 3));
        }
    }
}
