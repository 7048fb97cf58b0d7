package dev.priceflow.pricing.adapter.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.application.QuoteSigner;
import dev.priceflow.pricing.application.QuoteVerifier;
import dev.priceflow.pricing.domain.QuoteClaims;
import java.math.BigDecimal;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.Date;
import java.util.UUID;

/**
 * Quote tokens as compact JWS, HS256 (nimbus-jose-jwt), header {@code kid}. Verification accepts only HS256 and
 * a listed key id, then checks the signature, then the subject, then expiry against the injected clock ({@code exp}
 * is whole seconds, the quote's expiry rounded down, so a token never outlives its quote).
 */
public final class JwsQuoteTokens implements QuoteSigner, QuoteVerifier {

    private final QuoteKeys keys;
    private final Clock clock;

    public JwsQuoteTokens(QuoteKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public String sign(QuoteClaims c) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(c.userId())
                .claim("quoteId", c.quoteId().toString())
                .claim("sku", c.sku().value())
                .claim("channel", c.channel())
                .claim("currency", c.currency().getCurrencyCode())
                .claim("price", c.price().toPlainString())
                .claim("listPrice", c.listPrice().toPlainString())
                .claim("pricingVersion", c.pricingVersion())
                .issueTime(Date.from(c.issuedAt()))
                .expirationTime(Date.from(c.expiresAt()))
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(keys.activeKeyId())
                .type(JOSEObjectType.JWT).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new MACSigner(keys.active()));
        } catch (JOSEException e) {
            throw new IllegalStateException("HS256 signing failed", e);
        }
        return jwt.serialize();
    }

    @Override
    public Check verify(String token, String expectedUserId) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token == null ? "" : token.strip());
        } catch (ParseException e) {
            return new Invalid(Failure.TAMPERED, "not a quote token");
        }
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
            return new Invalid(Failure.TAMPERED, "not signed with HS256");
        }
        byte[] secret = keys.secret(jwt.getHeader().getKeyID());
        if (secret == null) {
            return new Invalid(Failure.UNKNOWN_KEY, "signed with an unknown key id");
        }
        QuoteClaims claims;
        try {
            if (!jwt.verify(new MACVerifier(secret))) {
                return new Invalid(Failure.TAMPERED, "the signature does not match: the quote was altered");
            }
            claims = claims(jwt.getJWTClaimsSet());
        } catch (JOSEException | ParseException | RuntimeException e) {
            return new Invalid(Failure.TAMPERED, "the quote token's payload is not a quote");
        }
        if (!claims.userId().equals(expectedUserId)) {
            return new Invalid(Failure.WRONG_SUBJECT, "the quote was issued to another shopper");
        }
        if (!clock.instant().isBefore(claims.expiresAt())) {
            return new Invalid(Failure.EXPIRED, "the quote expired at " + claims.expiresAt());
        }
        return new Valid(claims);
    }

    private static QuoteClaims claims(JWTClaimsSet set) throws ParseException {
        return new QuoteClaims(UUID.fromString(set.getStringClaim("quoteId")), set.getSubject(),
                new Sku(set.getStringClaim("sku")), set.getStringClaim("channel"),
                Currency.getInstance(set.getStringClaim("currency")), new BigDecimal(set.getStringClaim("price")),
                new BigDecimal(set.getStringClaim("listPrice")), set.getStringClaim("pricingVersion"),
                instant(set.getIssueTime()), instant(set.getExpirationTime()));
    }

    private static Instant instant(Date date) {
        if (date == null) {
            throw new IllegalArgumentException("missing time claim");
        }
        return date.toInstant();
    }

    @Override
    public String toString() {
        return "JwsQuoteTokens[" + keys + "]";
    }
}
