package dev.priceflow.pricing.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.contracts.Sku;
import dev.priceflow.contracts.api.BatchQuoteResponse;
import dev.priceflow.contracts.api.PriceQuote;
import dev.priceflow.pricing.application.BatchQuotes;
import dev.priceflow.pricing.application.FakePorts;
import dev.priceflow.pricing.application.QuoteService;
import dev.priceflow.pricing.application.QuoteSettings;
import dev.priceflow.pricing.domain.Audience;
import dev.priceflow.pricing.domain.Fixtures;
import dev.priceflow.pricing.domain.Personalization;
import dev.priceflow.pricing.domain.PriceCalculator;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.promotion.application.AvailableOffer;
import dev.priceflow.pricing.promotion.application.OfferCatalogue;
import dev.priceflow.pricing.promotion.application.OfferLookup;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

@WebFluxTest(controllers = {BatchPriceController.class, PriceController.class})
@Import({SecurityConfig.class, ProblemHandler.class, BatchPriceControllerTest.Ports.class})
class BatchPriceControllerTest {

    private static final String ALICE = "6f1c2a8e-0000-4000-8000-00000000a11c";

    @Autowired
    WebTestClient web;
    @Autowired
    FakePorts ports;

    @TestConfiguration
    static class Ports {
        @Bean
        FakePorts fakePorts() {
            return new FakePorts();
        }

        @Bean
        QuoteSettings settings() {
            return new QuoteSettings(Duration.ofMinutes(15), Duration.ofMillis(500), Duration.ofMillis(100),
                    Duration.ofMillis(100), Duration.ofMillis(100));
        }

        @Bean
        QuoteService quoteService(FakePorts ports, QuoteSettings settings) {
            return new QuoteService(ports, ports, ports, ports, ports, ports,
                    new Personalization(Fixtures.PERSONALIZATION), new PriceCalculator(Fixtures.POLICY),
                    PriceControllerTest.tokens(), settings, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC),
                    UUID::randomUUID, new SimpleMeterRegistry());
        }

        /** SKU-1 has a buy-3-get-1 offer for everyone. */
        @Bean
        OfferLookup offerLookup(FakePorts ports) {
            OfferCatalogue catalogue = (sku, at) -> "SKU-1".equals(sku)
                    ? Flux.just(new AvailableOffer(Fixtures.uuid(31), "Mugs 3+1", Promotion.Kind.BUY_X_GET_Y,
                            "buy 3 get 1 free", Audience.EVERYONE))
                    : Flux.empty();
            return new OfferLookup(catalogue, ports, Duration.ofMillis(500), Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
        }

        @Bean
        BatchQuotes batchQuotes(QuoteService quotes, FakePorts ports, QuoteSettings settings) {
            return new BatchQuotes(quotes, ports, settings, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
        }
    }

    @BeforeEach
    void catalogue() {
        ports.products.clear();
        ports.recorded.clear();
        ports.promotions.clear();
        ports.with(Fixtures.product("20.00", "10.00"));
        ports.with(new Product(new Sku("SKU-2"), "Lamp", "HOME", Fixtures.GBP, new BigDecimal("9.99"),
                new BigDecimal("4.00"), 3));
        ports.promotions.add(Fixtures.amountOff("3.00", 2));
    }

    @Test
    void eachBatchQuoteListsTheOffersOfItsSkuAsTheSingleEndpointDoes() {
        post(as("shopper"), "{\"skus\":[\"SKU-2\",\"SKU-1\"]}").expectStatus().isOk().expectBody()
                .jsonPath("$.quotes[0].availableOffers.length()").isEqualTo(0)
                .jsonPath("$.quotes[1].availableOffers[0].kind").isEqualTo("BUY_X_GET_Y")
                .jsonPath("$.quotes[1].availableOffers[0].description").isEqualTo("buy 3 get 1 free")
                .jsonPath("$.quotes[1].price").isEqualTo("17.00");
        web.mutate().apply(as("shopper")).build().get().uri("/api/v1/prices/SKU-1").exchange().expectBody()
                .jsonPath("$.availableOffers[0].description").isEqualTo("buy 3 get 1 free");
    }

    @Test
    void quotesEachDistinctSkuInRequestOrderExactlyAsTheSingleEndpointAndListsUnknownOnes() {
        BatchQuoteResponse batch = post(as("shopper"), "{\"skus\":[\"SKU-2\",\"NOPE-1\",\"SKU-1\",\"SKU-2\"],"
                + "\"channel\":\"web\"}").expectStatus().isOk().expectBody(BatchQuoteResponse.class).returnResult()
                .getResponseBody();
        PriceQuote single = web.mutate().apply(as("shopper")).build().get().uri("/api/v1/prices/SKU-1").exchange()
                .expectBody(PriceQuote.class).returnResult().getResponseBody();

        assertThat(batch.quotes()).extracting(PriceQuote::sku).containsExactly("SKU-2", "SKU-1");
        assertThat(batch.unknownSkus()).containsExactly("NOPE-1");
        assertThat(batch.quotes().get(1).price()).isEqualTo(single.price()).isEqualTo(new BigDecimal("17.00"));
        assertThat(batch.quotes().get(1).explanation()).isEqualTo(single.explanation());
        assertThat(batch.quotes().get(0).price()).isEqualTo(new BigDecimal("6.99"));
        assertThat(ports.recorded).hasSize(3); // two batch quotes and the single one, each audited
        assertThat(ports.published).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void malformedSkusAreNamedInA400() {
        post(as("shopper"), "{\"skus\":[\"SKU-1\",\"bad sku\"]}").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.MALFORMED_SKU.toString())
                .jsonPath("$.malformedSkus[0]").isEqualTo("bad sku");
        assertThat(ports.recorded).isEmpty();
    }

    @Test
    void anEmptyOrTooLargeBatchIs400() {
        post(as("shopper"), "{\"skus\":[]}").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo(ProblemTypes.INVALID_REQUEST.toString());
        String many = IntStream.range(0, 101).mapToObj(i -> "\"S-" + i + "\"").collect(Collectors.joining(","));
        post(as("shopper"), "{\"skus\":[" + many + "]}").expectStatus().isBadRequest();
    }

    @Test
    void onlyShoppersMayAskForABatch() {
        post(as("marketing"), "{\"skus\":[\"SKU-1\"]}").expectStatus().isForbidden();
        web.post().uri("/api/v1/prices/batch").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"skus\":[\"SKU-1\"]}").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aCatalogueOutageFailsTheBatchClosedWith503() {
        ports.catalogueFailure = new IllegalStateException("db down");
        try {
            post(as("shopper"), "{\"skus\":[\"SKU-1\"]}").expectStatus().isEqualTo(503).expectBody()
                    .jsonPath("$.type").isEqualTo(ProblemTypes.DEPENDENCY_UNAVAILABLE.toString());
        } finally {
            ports.catalogueFailure = null;
        }
    }

    private WebTestClient.ResponseSpec post(JwtMutator who, String body) {
        return web.mutate().apply(who).build().post().uri("/api/v1/prices/batch")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static JwtMutator as(String role) {
        return mockJwt().jwt(jwt -> jwt.subject(ALICE)).authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
