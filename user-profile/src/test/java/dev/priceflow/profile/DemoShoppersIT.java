package dev.priceflow.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import dev.priceflow.infra.test.Tokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The done-when checks against the RUNNING user-profile service (not a test context) with the demo history
 * replayed, through real Keycloak tokens. Base URL from PRICEFLOW_USER_PROFILE (default http://127.0.0.1:8082).
 */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.KEYCLOAK, Server.POSTGRES, Server.KAFKA})
class DemoShoppersIT {

    private static final String ALICE = "6f1c2a8e-0000-4000-8000-00000000a11c";
    private static final String BOB = "6f1c2a8e-0000-4000-8000-000000000b0b";
    private static final String BASE = System.getenv().getOrDefault("PRICEFLOW_USER_PROFILE", "http://127.0.0.1:8082");
    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
            new ParameterizedTypeReference<>() {
            };

    private static final String PRICING = System.getenv().getOrDefault("PRICEFLOW_PRICING", "http://127.0.0.1:8081");
    /** A demo catalogue product (infra/demo-data/products.csv). */
    private static final String QUOTED_SKU = "22423";

    private final WebTestClient http = WebTestClient.bindToServer().baseUrl(BASE)
            .responseTimeout(Duration.ofSeconds(30)).build();
    private final WebTestClient pricing = WebTestClient.bindToServer().baseUrl(PRICING)
            .responseTimeout(Duration.ofSeconds(30)).build();

    /** A fresh stack trains its first model a minute after start; ask for one if there is none yet. */
    @BeforeEach
    void aModelExists(Tokens tokens) {
        String mia = tokens.accessToken("mia", "mia");
        if (((List<?>) get("/api/v1/segments", mia).get("segments")).isEmpty()) {
            http.post().uri("/api/v1/segments/retrain").headers(h -> h.setBearerAuth(mia)).exchange()
                    .expectStatus().isOk();
        }
    }

    @Test
    void aliceAndBobHaveDifferentPriceSensitivitiesAndASegmentOfTheCurrentModel(Tokens tokens) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Object> alice = get("/api/v1/profiles/me", tokens.accessToken("alice", "alice"));
            Map<String, Object> bob = get("/api/v1/profiles/me", tokens.accessToken("bob", "bob"));

            assertThat(alice.get("userId")).isEqualTo(ALICE);
            assertThat(bob.get("userId")).isEqualTo(BOB);
            assertThat(((Number) alice.get("purchases")).longValue()).isPositive();
            assertThat(((Number) bob.get("purchases")).longValue()).isPositive();
            double aliceSensitivity = ((Number) alice.get("priceSensitivity")).doubleValue();
            double bobSensitivity = ((Number) bob.get("priceSensitivity")).doubleValue();
            assertThat(aliceSensitivity).isBetween(0.0, 1.0).isNotEqualTo(bobSensitivity);
            assertThat(bobSensitivity).isBetween(0.0, 1.0);
            Map<?, ?> modelNow = get("/api/v1/segments", tokens.accessToken("mia", "mia"));
            assertThat(((Map<?, ?>) alice.get("segment")).get("modelId")).isEqualTo(modelNow.get("modelId"));
            assertThat(((Map<?, ?>) bob.get("segment")).get("modelId")).isEqualTo(modelNow.get("modelId"));
        });
        assertThat(get("/api/v1/profiles/" + BOB, tokens.accessToken("adam", "adam")).get("userId")).isEqualTo(BOB);
    }

    /**
     * bob's source customer is, by the demo-data rule, the comparable spender who buys furthest below list price
     * (infra/demo-data/README.md); alice pays about list. Retrains first, so the model is one trained on the whole
     * replayed history (a fresh stack's first model may be trained while the replay is still being consumed).
     */
    @Test
    void aliceAndBobAreInDifferentSegmentsForTheirPriceBehaviour(Tokens tokens) {
        String mia = tokens.accessToken("mia", "mia");
        Map<String, Object> model = http.post().uri("/api/v1/segments/retrain").headers(h -> h.setBearerAuth(mia))
                .exchange().expectStatus().isOk().expectBody(JSON_OBJECT).returnResult().getResponseBody();
        String admin = tokens.accessToken("adam", "adam");
        Map<String, Object> alice = get("/api/v1/profiles/" + ALICE, admin);
        Map<String, Object> bob = get("/api/v1/profiles/" + BOB, admin);

        Map<?, ?> aliceSegment = (Map<?, ?>) alice.get("segment");
        Map<?, ?> bobSegment = (Map<?, ?>) bob.get("segment");
        assertThat(aliceSegment.get("modelId")).isEqualTo(model.get("modelId"));
        assertThat(bobSegment.get("modelId")).isEqualTo(model.get("modelId"));
        assertThat(aliceSegment.get("id")).as("segments of alice %s and bob %s", aliceSegment, bobSegment)
                .isNotEqualTo(bobSegment.get("id"));
        assertThat((String) bobSegment.get("label")).contains("price-sensitive").doesNotContain("insensitive");
        // the reason: bob buys well below list price, alice at about list
        assertThat(number(bob, "discountAffinity")).isLessThan(0.9).isLessThan(number(alice, "discountAffinity"));
        assertThat(number(bob, "priceSensitivity")).isGreaterThan(0.5)
                .isGreaterThan(number(alice, "priceSensitivity") + 0.2);
    }

    /**
     * Pricing reads the hot profile (Redis): both quotes for the same SKU carry a personal-discount step that names
     * the shopper's own order count from their profile. (Pricing's personalization does not read priceSensitivity or
     * the segment; see docs/user-profile.md.)
     */
    @Test
    void pricingExplainsEachShoppersQuoteFromTheirOwnProfile(Tokens tokens) {
        String aliceToken = tokens.accessToken("alice", "alice");
        String bobToken = tokens.accessToken("bob", "bob");
        // other suites may post a purchase for alice meanwhile: profile and quote are read until they agree
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            long alicePurchases = ((Number) get("/api/v1/profiles/me", aliceToken).get("purchases")).longValue();
            long bobPurchases = ((Number) get("/api/v1/profiles/me", bobToken).get("purchases")).longValue();
            assertThat(alicePurchases).isNotEqualTo(bobPurchases);

            Map<String, Object> aliceQuote = quote(aliceToken);
            Map<String, Object> bobQuote = quote(bobToken);
            String aliceStep = personalStep(aliceQuote);
            String bobStep = personalStep(bobQuote);

            assertThat(aliceStep).isNotEqualTo(bobStep).contains(" " + alicePurchases + " orders");
            assertThat(bobStep).contains(" " + bobPurchases + " orders");
            // bob's price-sensitivity estimate earns pricing's good-deal bonus on top of loyalty; alice's does not
            assertThat(bobStep).contains("Good-deal bonus");
            assertThat(aliceStep).doesNotContain("Good-deal bonus");
            assertThat(new java.math.BigDecimal(String.valueOf(bobQuote.get("price"))))
                    .isLessThan(new java.math.BigDecimal(String.valueOf(aliceQuote.get("price"))));
        });
    }

    private Map<String, Object> quote(String token) {
        return pricing.get().uri("/api/v1/prices/" + QUOTED_SKU + "?channel=web")
                .headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(JSON_OBJECT).returnResult().getResponseBody();
    }

    private static String personalStep(Map<String, Object> quote) {
        assertThat(quote.get("personalized")).isEqualTo(true);
        return ((List<?>) quote.get("explanation")).stream().map(step -> (Map<?, ?>) step)
                .filter(step -> "PERSONAL_DISCOUNT".equals(step.get("rule")))
                .map(step -> (String) step.get("detail")).findFirst().orElseThrow();
    }

    private static double number(Map<String, Object> profile, String field) {
        return ((Number) profile.get(field)).doubleValue();
    }

    private Map<String, Object> get(String path, String token) {
        return http.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();
    }
}
