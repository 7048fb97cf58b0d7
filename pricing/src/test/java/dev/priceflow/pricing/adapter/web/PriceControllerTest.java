package dev.priceflow.pricing.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.contracts.api.PriceQuote;
import dev.priceflow.pricing.application.FakePorts;
import dev.priceflow.pricing.application.QuoteService;
import dev.priceflow.pricing.application.QuoteSettings;
import dev.priceflow.pricing.adapter.jose.JwsQuoteTokens;
import dev.priceflow.pricing.adapter.jose.QuoteKeys;
import dev.priceflow.pricing.application.QuoteVerifier;
import dev.priceflow.pricing.domain.Fixtures;
import dev.priceflow.pricing.domain.Personalization;
import dev.priceflow.pricing.domain.PriceCalculator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.UUID;
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

@WebFluxTest(controllers = PriceController.class)
@Import({SecurityConfig.class, ProblemHandler.class, PriceControllerTest.Ports.class})
class PriceControllerTest {

    private static final String KEY = "test-only-signing-key-0123456789abcdef";
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
        QuoteService quoteService(FakePorts ports) {
            return new QuoteService(ports, ports, ports, ports, ports, ports,
                    new Personalization(Fixtures.PERSONALIZATION), new PriceCalculator(Fixtures.POLICY),
                    tokens(), new QuoteSettings(Duration.ofMinutes(5), Duration.ofMillis(500),
                    Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofMillis(100)),
                    Clock.fixed(Fixtures.NOW, ZoneOffset.UTC),
                    UUID::randomUUID, new SimpleMeterRegistry());
        }
    }

    static JwsQuoteTokens tokens() {
        return new JwsQuoteTokens(QuoteKeys.single("k1", KEY), Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
    }

    @BeforeEach
    void catalogue() {
        ports.products.clear();
        ports.with(Fixtures.product("20.00", "10.00"));
        ports.promotions.clear();
        ports.catalogueFailure = null;
    }

    @Test
    void shopperGetsASignedExplainedQuote() {
        ports.promotions.add(Fixtures.amountOff("3.00", 2));

        PriceQuote quote = web.mutate().apply(as("shopper")).build().get().uri("/api/v1/prices/SKU-1?channel=web")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody(PriceQuote.class).returnResult().getResponseBody();

        assertThat(quote.price()).isEqualTo(new BigDecimal("17.00"));
        assertThat(quote.listPrice()).isEqualTo(new BigDecimal("20.00"));
        assertThat(quote.currency()).isEqualTo("GBP");
        assertThat(quote.personalized()).isFalse();
        assertThat(quote.appliedPromotions()).singleElement()
                .satisfies(p -> assertThat(p.amountOff()).isEqualTo(new BigDecimal("3.00")));
        assertThat(quote.explanation()).extracting(PriceQuote.ExplanationStep::rule)
                .containsExactly("LIST_PRICE", "NO_PERSONAL_ADJUSTMENT", "BEST_PROMOTION", "ROUNDING");
        assertThat(tokens().verify(quote.signature(), ALICE)).isInstanceOfSatisfying(QuoteVerifier.Valid.class,
                valid -> assertThat(valid.claims().price()).isEqualTo(new BigDecimal("17.00")));
    }

    @Test
    void priceIsSentAsADecimalString() {
        web.mutate().apply(as("shopper")).build().get().uri("/api/v1/prices/SKU-1")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.price").isEqualTo("20.00").jsonPath("$.pricingVersion").isEqualTo("7");
    }

    @Test
    void marketingAndAdminMayAskToo() {
        web.mutate().apply(as("marketing")).build().get().uri("/api/v1/prices/SKU-1").exchange()
                .expectStatus().isOk();
        web.mutate().apply(as("admin")).build().get().uri("/api/v1/prices/SKU-1").exchange()
                .expectStatus().isOk();
    }

    @Test
    void malformedSkuIs400() {
        problem(web.mutate().apply(as("shopper")).build(), "/api/v1/prices/sku-1", 400, ProblemTypes.MALFORMED_SKU);
    }

    @Test
    void invalidChannelIs400() {
        problem(web.mutate().apply(as("shopper")).build(), "/api/v1/prices/SKU-1?channel=WEB!", 400,
                ProblemTypes.INVALID_REQUEST);
    }

    @Test
    void unknownSkuIs404() {
        problem(web.mutate().apply(as("shopper")).build(), "/api/v1/prices/NOPE-1", 404, ProblemTypes.UNKNOWN_SKU);
    }

    @Test
    void noTokenIs401() {
        problem(web, "/api/v1/prices/SKU-1", 401, ProblemTypes.UNAUTHENTICATED);
    }

    @Test
    void aTokenWithoutAPricingRoleIs403() {
        problem(web.mutate().apply(as("auditor")).build(), "/api/v1/prices/SKU-1", 403, ProblemTypes.FORBIDDEN);
    }

    @Test
    void catalogueOutageIs503WithRetryAfter() {
        ports.catalogueFailure = new IllegalStateException("db down");

        problem(web.mutate().apply(as("shopper")).build(), "/api/v1/prices/SKU-1", 503,
                ProblemTypes.DEPENDENCY_UNAVAILABLE);
        web.mutate().apply(as("shopper")).build().get().uri("/api/v1/prices/SKU-1").exchange()
                .expectHeader().valueEquals("Retry-After", "1");
    }

    private static JwtMutator as(String role) {
        return mockJwt().jwt(jwt -> jwt.subject(ALICE)).authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    private static void problem(WebTestClient client, String uri, int status, java.net.URI type) {
        client.get().uri(uri).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(type.toString())
                .jsonPath("$.status").isEqualTo(status);
    }
}
