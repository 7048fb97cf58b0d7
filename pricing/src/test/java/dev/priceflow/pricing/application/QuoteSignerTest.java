package dev.priceflow.pricing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuoteSignerTest {

    private static final String CANONICAL = "00000000-0000-4000-8000-000000000001|6f1c2a8e-0000-4000-8000-00000000a11c"
            + "|SKU-1|GBP|17.00|2025-01-01T12:05:00Z";
    private final QuoteSigner signer = new QuoteSigner("test-only-signing-key-0123456789abcdef");

    @Test
    void signsWithHmacSha256InBase64Url() {
        // reference: printf '%s' "$CANONICAL" | openssl dgst -sha256 -hmac "$KEY" -binary | base64 (url alphabet)
        assertThat(signer.sign(CANONICAL)).isEqualTo("eBzN4ERFlfUl7zKcVLRjYBLrh53eTbOIBPxETJXEDrM");
    }

    @Test
    void verifiesItsOwnSignatureAndRejectsAnEditedQuote() {
        String signature = signer.sign(CANONICAL);

        assertThat(signer.verifies(CANONICAL, signature)).isTrue();
        assertThat(signer.verifies(CANONICAL.replace("17.00", "1.00"), signature)).isFalse();
        assertThat(new QuoteSigner("another-test-only-key-0123456789abcdef").verifies(CANONICAL, signature)).isFalse();
    }

    @Test
    void refusesAShortKeyAndNeverPrintsTheKey() {
        assertThatThrownBy(() -> new QuoteSigner("too-short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("too-short");
        assertThat(signer.toString()).doesNotContain("test-only");
    }
}
