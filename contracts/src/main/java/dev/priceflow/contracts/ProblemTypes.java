package dev.priceflow.contracts;

import java.net.URI;

/** Stable RFC 9457 problem type URIs. Clients may switch on these; never change one once published. */
public final class ProblemTypes {
    private static final String BASE = "https://priceflow.dev/problems/";

    public static final URI INVALID_REQUEST = URI.create(BASE + "invalid-request");
    public static final URI MALFORMED_SKU = URI.create(BASE + "malformed-sku");
    public static final URI UNKNOWN_SKU = URI.create(BASE + "unknown-sku");
    public static final URI UNAUTHENTICATED = URI.create(BASE + "unauthenticated");
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    /** The resource changed since the client read it (stale version), or its state forbids the change. */
    public static final URI CONFLICT = URI.create(BASE + "conflict");
    /** A quote token whose expiry has passed (checkout and cart pricing; 422). */
    public static final URI QUOTE_EXPIRED = URI.create(BASE + "quote-expired");
    /** A quote token that is not genuine: altered, unsigned, or signed with an unknown key (422). */
    public static final URI INVALID_QUOTE = URI.create(BASE + "invalid-quote");
    /** A promotion code that cannot be honoured: inactive, used up, over a limit or the budget (409). */
    public static final URI PROMOTION_CODE_REFUSED = URI.create(BASE + "promotion-code-refused");
    public static final URI DEPENDENCY_UNAVAILABLE = URI.create(BASE + "dependency-unavailable");
    public static final URI RATE_LIMITED = URI.create(BASE + "rate-limited");
    public static final URI INTERNAL = URI.create(BASE + "internal");

    private ProblemTypes() {
    }
}
