package dev.priceflow.gateway.price.adapter.web;

import static dev.priceflow.gateway.support.Tokens.ALICE;
import static dev.priceflow.gateway.support.Tokens.BOB;
import static dev.priceflow.gateway.support.Tokens.shopper;
import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.gateway.adapter.web.WebSliceConfig;
import dev.priceflow.gateway.price.application.PriceLookup;
import dev.priceflow.gateway.price.application.PricingAnswer;
import dev.priceflow.gateway.support.FakePorts;
import dev.priceflow.gateway.support.FakePriceCache;
import dev.priceflow.gateway.support.FakePricingClient;
import dev.priceflow.gateway.support.Tokens;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@WebFluxTest(controllers = PriceController.class)
@Import({WebSliceConfig.class, PriceLookup.class})
class PriceEndpointTest {

    private static final String QUOTE = """
            {"sku":"85123A","currency":"GBP","listPrice":"2.95","price":"2.55","personalized":true,\
            "appliedPromotions":[],"explanation":[],"quoteId":"0b6f7a8e-1d2c-4e5f-9a0b-1c2d3e4f5a6b",\
            "issuedAt":"2026-11-20T10:00:00Z","expiresAt":"2026-11-20T10:00:30Z","pricingVersion":"0",\
            "signature":"sig"}""";
    private static final String UNKNOWN_SKU = """
            {"type":"https://priceflow.dev/problems/unknown-sku","title":"Not Found","status":404,\
            "detail":"no product ZZ9"}""";

    @Autowired
    WebTestClient client;
    @Autowired
    FakePriceCache cache;
    @Autowired
    FakePricingClient pricing;

    @BeforeEach
    void reset() {
        cache.reset();
        pricing.reset();
    }

    /** The version-keyed cache entries, without the last-quote copies kept for the degraded fallback. */
    private java.util.Set<String> cachedPriceKeys() {
        return cache.entries.keySet().stream().filter(key -> !key.startsWith("price-last:"))
                .collect(java.util.stream.Collectors.toSet());
    }

    private void pricingQuotes() {
        pricingQuotesAt("0");
    }

    private void pricingQuotesAt(String pricingVersion) {
        pricing.answer = new PricingAnswer.Quote(QUOTE, FakePorts.NOW.plusSeconds(30), pricingVersion);
    }

    @Test
    void withoutATokenTheAnswerIs401Problem() {
        client.get().uri("/api/v1/prices/85123A").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/unauthenticated");
        assertThat(pricing.calls).isEmpty();
    }

    @Test
    void aShopperOnMarketingOrAdminPathsGets403Problem() {
        client.mutateWith(shopper(ALICE)).get().uri("/api/v1/promotions").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/forbidden");
        client.mutateWith(Tokens.marketing()).get().uri("/api/v1/admin/users").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void aMalformedSkuIs400AtTheGatewayAndPricingIsNotAsked() {
        client.mutateWith(shopper(ALICE)).get().uri("/api/v1/prices/not a sku").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/malformed-sku");
        client.mutateWith(shopper(ALICE)).get().uri("/api/v1/prices/85123A?channel=web:x").exchange()
                .expectStatus().isBadRequest();
        assertThat(pricing.calls).isEmpty();
    }

    @Test
    void firstAskMissesAndIsStoredThenTheSecondIsAHit() {
        pricingQuotes();

        client.mutateWith(shopper(ALICE)).get().uri("/api/v1/prices/85123A?channel=web").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Cache", "MISS")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(String.class).isEqualTo(QUOTE);
        client.mutateWith(shopper(ALICE)).get().uri("/api/v1/prices/85123A").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Cache", "HIT")
                .expectBody(String.class).isEqualTo(QUOTE);

        assertThat(pricing.calls).hasSize(1);
        String key = RedisKeys.cachedPrice(ALICE, "85123A", "web", "0");
        assertThat(cachedPriceKeys()).containsOnly(key);
        assertThat(cache.ttls.get(key)).as("the quote expires in 30 s, before the 60 s ceiling")
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theCacheIsPerShopperAndPerPricingVersion() {
        pricingQuotes();
        client.mutateWith(shopper(ALICE)).get().uri("/api/v1/prices/85123A").exchange()
                .expectHeader().valueEquals("X-Cache", "MISS");

        client.mutateWith(shopper(BOB)).get().uri("/api/v1/prices/85123A").exchange()
                .expectHeader().valueEquals("X-Cache", "MISS");
        cache.version = "1";
        pricingQuotesAt("1");
        client.mutateWith(shopper(ALICE)).get().uri("/api/v1/prices/85123A").exchange()
                .expectHeader().valueEquals("X-Cache", "MISS");

        assertThat(pricing.calls).hasSize(3);
        assertThat(cachedPriceKeys()).containsOnly(RedisKeys.cachedPrice(ALICE, "85123A", "web", "0"),
                RedisKeys.cachedPrice(BOB, "85123A", "web", "0"), RedisKeys.cachedPrice(ALICE, "85123A", "web", "1"));
    }

    @Test
    void aQuotePricedAtAnotherOrUnknownVersionIsAnsweredButNotCached() {
        cache.version = "5";
        for (String quotedAt : new String[] {"4", RedisKeys.UNKNOWN_PRICING_VERSION}) {
            pricingQuotesAt(quotedAt);

            client.mutateWith(shopper(ALICE)).get().uri("/api/v1/prices/85123A").exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals("X-Cache", "MISS")
                    .expectBody(String.class).isEqualTo(QUOTE);
        }
        assertThat(cachedPriceKeys()).isEmpty();
    }

    @Test
    void theShoppersOwnTokenIsForwardedToPricing() {
        pricingQuotes();

        client.mutateWith(shopper(ALICE)).get().uri("/api/v1/prices/85123A?channel=app").exchange()
                .expectStatus().isOk();

        assertThat(pricing.calls).containsExactly(
                new FakePricingClient.Call("85123A", "app", "token-of-" + ALICE));
    }

    @Test
    void aProblemFromPricingPassesThroughAndIsNeverCached() {
        pricing.answer = new PricingAnswer.Refused(404, "application/problem+json", UNKNOWN_SKU);

        for (int i = 0; i < 2; i++) {
            client.mutateWith(shopper(ALICE)).get().uri("/api/v1/prices/ZZ9").exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody(String.class).isEqualTo(UNKNOWN_SKU);
        }

        assertThat(cache.entries).isEmpty();
        assertThat(pricing.calls).hasSize(2);
    }

    @Test
    void whenPricingIsDownTheAnswerIs503AndNoPriceIsInvented() {
        pricing.answer = new PricingAnswer.Unavailable("connection refused");

        client.mutateWith(shopper(ALICE)).get().uri("/api/v1/prices/85123A").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/dependency-unavailable")
                .jsonPath("$.price").doesNotExist();
        assertThat(cache.entries).isEmpty();
    }

    @Test
    void whenPricingIsDownTheShoppersLastQuoteIsAnsweredMarkedDegraded() {
        pricingQuotes();
        client.mutateWith(shopper(ALICE)).get().uri("/api/v1/prices/85123A").exchange()
                .expectHeader().valueEquals("X-Cache", "MISS");
        assertThat(cache.ttls.get(RedisKeys.lastQuotedPrice(ALICE, "85123A", "web"))).isEqualTo(Duration.ofMinutes(30));
        cache.version = "1";   // a promotion changed: the cached answer no longer applies
        pricing.answer = new PricingAnswer.Unavailable("connection refused");

        client.mutateWith(shopper(ALICE)).get().uri("/api/v1/prices/85123A").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Cache", "STALE")
                .expectHeader().valueEquals("X-Price-Degraded", "true")
                .expectBody()
                .jsonPath("$.price").isEqualTo("2.55")
                .jsonPath("$.signature").isEqualTo("sig")
                .jsonPath("$.degraded").isEqualTo(true)
                .jsonPath("$.degradedReason").value(reason -> assertThat((String) reason)
                        .contains("last price quoted to you").contains("2026-11-20T10:00:00Z"));
        // another shopper never gets alice's last quote
        client.mutateWith(shopper(BOB)).get().uri("/api/v1/prices/85123A").exchange()
                .expectStatus().isEqualTo(503);
    }

    @Test
    void whenRedisIsDownPricingStillAnswersAndTheCacheIsBypassed() {
        pricingQuotes();
        cache.down = true;

        client.mutateWith(shopper(ALICE)).get().uri("/api/v1/prices/85123A").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Cache", "BYPASS")
                .expectBody(String.class).isEqualTo(QUOTE);
        assertThat(pricing.calls).hasSize(1);
    }

    @Test
    void marketingMayReadPricesToo() {
        pricingQuotes();

        client.mutateWith(Tokens.marketing()).get().uri("/api/v1/prices/85123A").exchange()
                .expectStatus().isOk();
    }
}
