package dev.priceflow.pricing.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 over a quote's canonical form, base64url without padding. */
public final class QuoteSigner {

    private static final String ALGORITHM = "HmacSHA256";
    public static final int MIN_KEY_LENGTH = 32;

    private final SecretKeySpec key;

    public QuoteSigner(String key) {
        if (key == null || key.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("the quote signing key must have at least " + MIN_KEY_LENGTH
                    + " characters");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String sign(String canonicalForm) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM); // a Mac is not thread-safe: one per signature
            mac.init(key);
            byte[] digest = mac.doFinal(canonicalForm.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Constant-time check of a signature this signer would give. */
    public boolean verifies(String canonicalForm, String signature) {
        return signature != null && MessageDigest.isEqual(sign(canonicalForm).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "QuoteSigner[key=<hidden>]";
    }
}
