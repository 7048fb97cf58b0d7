package dev.priceflow.recommender.recommendation.adapter.web;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.recommender.recommendation.application.FakePorts;
import dev.priceflow.recommender.recommendation.application.Recommend;
import dev.priceflow.recommender.recommendation.application.RecommendTest;
import dev.priceflow.recommender.recommendation.domain.Candidate;
import dev.priceflow.recommender.recommendation.domain.Source;
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

@WebFluxTest(controllers = RecommendationController.class)
@Import({ProblemHandler.class, RecommendationControllerTest.Ports.class,
        dev.priceflow.recommender.adapter.web.SecurityConfigAccess.class})
class RecommendationControllerTest {

    @Autowired
    WebTestClient web;
    @Autowired
    FakePorts ports;

    @TestConfiguration
    @org.springframework.boot.context.properties.EnableConfigurationProperties(
            dev.priceflow.recommender.RecommenderProperties.class)
    static class Ports {
        @Bean
        FakePorts fakePorts() {
            return new FakePorts();
        }

        @Bean
        Recommend recommend(FakePorts ports) {
            return RecommendTest.recommend(ports);
        }
    }

    @BeforeEach
    void catalogue() {
        ports.products.clear();
        ports.popular.clear();
        ports.add("85123A", "candles-lights", "2.95", 10);
        ports.add("22423", "kitchen", "12.75", 10);
        ports.popular.add(new Candidate("22423", Source.POPULAR, 3, null));
    }

    private WebTestClient.RequestHeadersSpec<?> get(String uri, String role) {
        return web.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).apply(mockJwt().jwt(j -> j.subject("6f1c2a8e-0000-4000-8000-00000000a11c"))
                        .authorities(new SimpleGrantedAuthority("ROLE_" + role))).build()
                .get().uri(uri);
    }

    @Test
    void shopperGetsItemsWithPersonalPricesAndReasons() {
        get("/api/v1/recommendations?context=product:85123A&limit=5", "shopper").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.context").isEqualTo("product:85123A")
                .jsonPath("$.items[0].sku").isEqualTo("22423")
                .jsonPath("$.items[0].price").isEqualTo("12.65")
                .jsonPath("$.items[0].listPrice").isEqualTo("12.75")
                .jsonPath("$.items[0].priceDegraded").isEqualTo(false)
                .jsonPath("$.items[0].reasons[0]").isEqualTo("popular with shoppers");
        org.assertj.core.api.Assertions.assertThat(ports.lastAuthorization).startsWith("Bearer ");
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        get("/api/v1/recommendations?limit=0", "shopper").exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.INVALID_REQUEST.toString())
                .jsonPath("$.field").isEqualTo("limit");
        get("/api/v1/recommendations?limit=10000", "shopper").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("limit");
        get("/api/v1/recommendations?context=product:", "shopper").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("context");
        get("/api/v1/recommendations?limit=abc", "shopper").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("limit");
    }

    @Test
    void unknownContextSkuIsNotFoundNamingTheField() {
        get("/api/v1/recommendations?context=product:NOPE1", "shopper").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.UNKNOWN_SKU.toString())
                .jsonPath("$.field").isEqualTo("context");
    }

    @Test
    void onlyShoppersMayAsk() {
        get("/api/v1/recommendations", "marketing").exchange().expectStatus().isForbidden();
        web.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build()
                .get().uri("/api/v1/recommendations").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void searchFindsByNameWithFilters() {
        get("/api/v1/products/search?q=85123A&limit=5", "shopper").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].sku").isEqualTo("85123A")
                .jsonPath("$.items.length()").isEqualTo(1);
        get("/api/v1/products/search?maxPrice=abc", "shopper").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("maxPrice");
    }
}
