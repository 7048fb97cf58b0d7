package dev.priceflow.pricing.application;

import dev.priceflow.pricing.domain.QuoteClaims;
import java.util.Objects;

/** Checks a quote token a client sent back: signature, key id, subject and expiry (against the injected clock). */
public interface QuoteVerifier {

    Check verify(String token, String expectedUserId);

    /** The outcome of a check: the claims it proves, or why it proves nothing. */
    sealed interface Check {
    }

    record Valid(QuoteClaims claims) implements Check {
        public Valid {
            Objects.requireNonNull(claims, "claims");
        }
    }

    record Invalid(Failure failure, String detail) implements Check {
        public Invalid {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(detail, "detail");
        }
    }

    enum Failure {
        /** Not a quote token, a bad signature, another algorithm, or a payload that does not parse. */
        TAMPERED,
        /** Signed with a key id this service does not (or no longer) know. */
        UNKNOWN_KEY,
        /** A genuine quote, but issued to another shopper. */
        WRONG_SUBJECT,
        /** A genuine quote whose expiry has passed. */
        EXPIRED
    }
}
