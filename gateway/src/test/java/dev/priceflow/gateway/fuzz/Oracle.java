package dev.priceflow.gateway.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges one answer: it must come (no timeout, no reset), never be a 5xx, match the case's {@link Expect},
 * carry {@code application/problem+json} when it is a 4xx (except 414 and 431, which the HTTP server answers
 * before any application code runs: request line over 4 KB, headers over 16 KB), never leak a stack trace or an exception or framework class name, and never echo a
 * hostile {@code X-Request-Id}.
 */
final class Oracle {

    /** What a leaked stack trace, exception or framework internals look like in a body. */
    static final List<String> LEAK_MARKERS = List.of("at dev.priceflow", "Exception", "org.springframework",
            "java.lang.", "java.base/", "\tat ", "Caused by:", "tools.jackson", "com.fasterxml", "io.netty",
            "reactor.core", "org.postgresql", "SQLState", "org.apache.", "org.keycloak", "co.elastic",
            "StackTrace", "Throwable");
    /** Answered by Reactor Netty itself, before Spring: no problem document is possible there. */
    static final Set<Integer> SERVER_LEVEL = Set.of(414, 431);
    private static final Pattern VALID_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private Oracle() {
    }

    static List<String> judge(FuzzCase c, Answer a) {
        List<String> wrong = new ArrayList<>();
        if (!a.answered()) {
            wrong.add("no answer: " + a.failure());
            return wrong;
        }
        if (a.status() >= 500) {
            wrong.add("server error " + a.status());
        } else if (!c.expect().status().test(a.status())) {
            wrong.add("status " + a.status() + ", expected " + c.expect().description());
        }
        if (a.status() >= 200 && a.status() < 300 && !c.expect().okBody().test(a.body())) {
            wrong.add("2xx body not harmless for " + c.expect().description() + ": " + FuzzCase.abbreviate(a.body(), 200));
        }
        if (a.status() >= 400 && a.status() < 500 && !SERVER_LEVEL.contains(a.status()) && !a.problemJson()) {
            wrong.add("4xx without problem+json (Content-Type '" + a.contentType() + "', body "
                    + FuzzCase.abbreviate(a.body(), 80).length() + " chars)");
        }
        for (String marker : LEAK_MARKERS) {
            if (a.body().contains(marker)) {
                int at = a.body().indexOf(marker);
                wrong.add("leak '" + marker + "' in body: …" + FuzzCase.abbreviate(
                        a.body().substring(Math.max(0, at - 60)), 200));
                break;
            }
        }
        if (c.family().equals("request-id")) {
            String sent = c.headers().stream().filter(h -> h.name().equals("X-Request-Id")).findFirst().orElseThrow()
                    .value();
            if (!VALID_REQUEST_ID.matcher(sent).matches() && sent.equals(a.requestId())) {
                wrong.add("hostile X-Request-Id echoed back");
            }
        }
        return wrong;
    }
}
