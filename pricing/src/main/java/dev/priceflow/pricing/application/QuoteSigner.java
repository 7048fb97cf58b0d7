package dev.priceflow.pricing.application;

import dev.priceflow.pricing.domain.QuoteClaims;

/** Signs a quote's claims into a compact JWS (the quote token); the key and algorithm are the adapter's. */
public interface QuoteSigner {

    /** Keys (HS256 secrets) must have at least this many bytes (256 bits). */
    int MIN_KEY_LENGTH = 32;

    String sign(QuoteClaims claims);
}
