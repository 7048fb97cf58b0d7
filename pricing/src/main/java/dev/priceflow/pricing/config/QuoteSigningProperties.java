package dev.priceflow.pricing.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code priceflow.pricing.quote-signing.*}: the HS256 keys of quote tokens by key id. {@code active-key-id}
 * signs; every key listed verifies. By default the one key {@code k1} is {@code PRICEFLOW_QUOTE_SIGNING_KEY}
 * (via {@code priceflow.pricing.quote-signing-key}). Each key has at least 32 bytes (checked by QuoteKeys).
 */
@Validated
@ConfigurationProperties("priceflow.pricing.quote-signing")
public record QuoteSigningProperties(@NotBlank String activeKeyId, @NotEmpty Map<String, String> keys) {

    @Override
    public String toString() {
        return "QuoteSigningProperties[activeKeyId=" + activeKeyId + ", keyIds="
                + (keys == null ? null : keys.keySet()) + "]";
    }
}
