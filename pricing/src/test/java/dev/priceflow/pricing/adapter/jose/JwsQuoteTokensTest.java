package dev.priceflow.pricing.adapter.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.application.QuoteVerifier.Check;
import dev.priceflow.pricing.application.QuoteVerifier.Failure;
import dev.priceflow.pricing.application.QuoteVerifier.Invalid;
import dev.priceflow.pricing.application.QuoteVerifier.Valid;
import dev.priceflow.pricing.domain.Fixtures;
import dev.priceflow.pricing.domain.QuoteClaims;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JwsQuoteTokensTest {

    private static final String K1 = "test-only-signing-key-0123456789abcdef";
    private static final String K2 = "second-test-only-key-0123456789abcdef";
    private static final String ALICE = "6f1c2a8e-0000-4000-8000-00000000a11c";
    private static final String BOB = "6f1c2a8e-0000-4000-8000-000000000b0b";
    private static final Instant ISSUED = Fixtures.NOW;
    private static final QuoteClaims CLAIMS = new QuoteClaims(Fixtures.uuid(1), ALICE, new Sku("SKU-1"), "web",
            Fixtures.GBP, new BigDecimal("17.00"), new BigDecimal("20.00"), "7", ISSUED,
            ISSUED.plus(Duration.ofMinutes(15)));

    private static JwsQuoteTokens tokens(QuoteKeys keys, Instant now) {
        return new JwsQuoteTokens(keys, Clock.fixed(now, ZoneOffset.UTC));
    }

    private final JwsQuoteTokens k1 = tokens(QuoteKeys.single("k1", K1), ISSUED.plusSeconds(60));

    @Test
    void aTokenIsACompactHs256JwsWithKidAndTheDocumentedPayload() {
        String token = k1.sign(CLAIMS);

        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        JsonNode header = json(parts[0]);
        assertThat(header.get("alg").asString()).isEqualTo("HS256");
        assertThat(header.get("kid").asString()).isEqualTo("k1");
        JsonNode payload = json(parts[1]);
        assertThat(payload.get("quoteId").asString()).isEqualTo(Fixtures.uuid(1).toString());
        assertThat(payload.get("sub").asString()).isEqualTo(ALICE);
        assertThat(payload.get("sku").asString()).isEqualTo("SKU-1");
        assertThat(payload.get("channel").asString()).isEqualTo("web");
        assertThat(payload.get("currency").asString()).isEqualTo("GBP");
        assertThat(payload.get("price").asString()).isEqualTo("17.00");
        assertThat(payload.get("listPrice").asString()).isEqualTo("20.00");
        assertThat(payload.get("pricingVersion").asString()).isEqualTo("7");
        assertThat(payload.get("iat").asLong()).isEqualTo(ISSUED.getEpochSecond());
        assertThat(payload.get("exp").asLong()).isEqualTo(ISSUED.getEpochSecond() + 900);
    }

    @Test
    void verifiesItsOwnTokenAndGivesBackTheClaims() {
        Check check = k1.verify(k1.sign(CLAIMS), ALICE);

        assertThat(check).isInstanceOfSatisfying(Valid.class, valid -> assertThat(valid.claims()).isEqualTo(CLAIMS));
    }

    @Test
    void expiryComesFromTheInjectedClock() {
        String token = k1.sign(CLAIMS);

        assertThat(tokens(QuoteKeys.single("k1", K1), CLAIMS.expiresAt().minusMillis(1)).verify(token, ALICE))
                .isInstanceOf(Valid.class);
        assertFailure(tokens(QuoteKeys.single("k1", K1), CLAIMS.expiresAt()).verify(token, ALICE), Failure.EXPIRED);
    }

    @Test
    void aTokenForAnotherShopperIsRefused() {
        assertFailure(k1.verify(k1.sign(CLAIMS), BOB), Failure.WRONG_SUBJECT);
    }

    @Test
    void anEditedPayloadOrSignatureIsTampered() {
        String token = k1.sign(CLAIMS);
        String[] parts = token.split("\\.");
        String cheaper = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"17.00\"", "\"1.00\"");
        String edited = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(cheaper.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertFailure(k1.verify(edited, ALICE), Failure.TAMPERED);
        assertFailure(k1.verify(parts[0] + "." + parts[1] + ".AAAA", ALICE), Failure.TAMPERED);
        assertFailure(k1.verify("not-a-token", ALICE), Failure.TAMPERED);
        assertFailure(k1.verify(null, ALICE), Failure.TAMPERED);
    }

    @Test
    void anUnsignedAlgNoneTokenIsRefused() {
        String[] parts = k1.sign(CLAIMS).split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8));

        assertFailure(k1.verify(none + "." + parts[1] + ".", ALICE), Failure.TAMPERED);
    }

    @Test
    void rotationSignsWithTheActiveKeyAndStillVerifiesTheOldOne() {
        String old = k1.sign(CLAIMS);
        JwsQuoteTokens rotated = tokens(new QuoteKeys("k2", Map.of("k1", K1, "k2", K2)), ISSUED.plusSeconds(60));

        String fresh = rotated.sign(CLAIMS);

        assertThat(json(fresh.split("\\.")[0]).get("kid").asString()).isEqualTo("k2");
        assertThat(rotated.verify(old, ALICE)).isInstanceOf(Valid.class);
        assertThat(rotated.verify(fresh, ALICE)).isInstanceOf(Valid.class);
        // once k1 is retired, its tokens are refused; k1 alone never knew k2
        JwsQuoteTokens retired = tokens(QuoteKeys.single("k2", K2), ISSUED.plusSeconds(60));
        assertFailure(retired.verify(old, ALICE), Failure.UNKNOWN_KEY);
        assertFailure(k1.verify(fresh, ALICE), Failure.UNKNOWN_KEY);
    }

    @Test
    void aKeyIdSignedWithTheWrongSecretIsTampered() {
        JwsQuoteTokens impostor = tokens(QuoteKeys.single("k1", K2), ISSUED);

        assertFailure(k1.verify(impostor.sign(CLAIMS), ALICE), Failure.TAMPERED);
    }

    @Test
    void keysAreCheckedAndNeverPrinted() {
        assertThatThrownBy(() -> QuoteKeys.single("k1", "too-short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("too-short");
        assertThatThrownBy(() -> new QuoteKeys("k3", Map.of("k1", K1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(k1.toString()).doesNotContain(K1);
    }

    private static void assertFailure(Check check, Failure failure) {
        assertThat(check).isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.failure())
                .isEqualTo(failure));
    }

    private static JsonNode json(String base64url) {
        return JsonMapper.shared().readTree(new String(Base64.getUrlDecoder().decode(base64url),
                StandardCharsets.UTF_8));
    }
}
