package dev.priceflow.kit.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of a request: taken from the caller's {@value #HEADER} when it is well formed (so a chain
 * gateway → service → service shares one id), else a new random one. It is echoed in the response, forwarded
 * to services behind, and written in every log line of the request ({@code [rid=...]}).
 */
public final class CorrelationId {

    /** Request and response header. */
    public static final String HEADER = "X-Request-Id";
    /** Key in the Reactor context and in the logging MDC. */
    public static final String KEY = "requestId";

    /** Letters, digits, dot, dash, underscore; 8 to 64 characters: no log injection, no unbounded ids. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private CorrelationId() {
    }

    /** The caller's id when well formed, else a new UUID. */
    public static String acceptOrCreate(String fromCaller) {
        if (fromCaller != null && WELL_FORMED.matcher(fromCaller).matches()) {
            return fromCaller;
        }
        return UUID.randomUUID().toString();
    }
}
