package dev.priceflow.pricing.adapter.jose;

import dev.priceflow.pricing.application.QuoteSigner;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The HS256 keys of quote tokens by key id ({@code kid}): the active one signs, every listed one verifies, so a
 * rotation adds the new key, makes it active, and removes the old one once its last quote has expired.
 */
public final class QuoteKeys {

    private final String activeKeyId;
    private final Map<String, byte[]> secrets;

    public QuoteKeys(String activeKeyId, Map<String, String> keys) {
        Objects.requireNonNull(activeKeyId, "activeKeyId");
        Objects.requireNonNull(keys, "keys");
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("the active quote key id '" + activeKeyId + "' is not among the keys "
                    + keys.keySet());
        }
        Map<String, byte[]> bytes = new TreeMap<>();
        keys.forEach((id, secret) -> {
            byte[] raw = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
            if (raw.length < QuoteSigner.MIN_KEY_LENGTH) {
                throw new IllegalArgumentException("quote key '" + id + "' must have at least "
                        + QuoteSigner.MIN_KEY_LENGTH + " bytes");
            }
            bytes.put(id, raw);
        });
        this.activeKeyId = activeKeyId;
        this.secrets = Map.copyOf(bytes);
    }

    /** One key, active: the configuration before rotation existed. */
    public static QuoteKeys single(String keyId, String secret) {
        return new QuoteKeys(keyId, Map.of(keyId, secret));
    }

    String activeKeyId() {
        return activeKeyId;
    }

    byte[] active() {
        return secrets.get(activeKeyId);
    }

    /** The secret of a key id, or null when it is not listed. */
    byte[] secret(String keyId) {
        return keyId == null ? null : secrets.get(keyId);
    }

    @Override
    public String toString() {
        return "QuoteKeys[active=" + activeKeyId + ", ids=" + secrets.keySet() + ", secrets=<hidden>]";
    }
}
