package dev.priceflow.gateway.fuzz;

import java.util.Locale;

/** What came back: a status, its content type and body, or the reason nothing did ({@code failure}). */
record Answer(int status, String contentType, String body, String requestId, String failure, long millis) {

    static Answer failed(String failure, long millis) {
        return new Answer(-1, "", "", null, failure, millis);
    }

    boolean answered() {
        return failure == null;
    }

    boolean problemJson() {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json");
    }

    String outcome() {
        return answered() ? Integer.toString(status) : "no answer";
    }
}
