package dev.priceflow.gateway.fuzz;

import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The answers a case allows. Never a 5xx: {@link Oracle} refuses those whatever the expectation. A 2xx is only
 * allowed where the input happens to be valid and harmless (a search for an injection string), and then the
 * body must pass {@code okBody} (e.g. an event batch of bad events must accept none).
 */
record Expect(String description, IntPredicate status, Predicate<String> okBody) {

    private static final Pattern NOTHING_ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*0\\b");

    static Expect refused() {
        return new Expect("4xx", s -> s >= 400 && s < 500, body -> true);
    }

    static Expect exactly(int expected) {
        return new Expect(Integer.toString(expected), s -> s == expected, body -> true);
    }

    static Expect refusedOrHarmless() {
        return new Expect("2xx or 4xx", s -> s >= 200 && s < 300 || s >= 400 && s < 500, body -> true);
    }

    /** Event intake answers 202 per batch and rejects bad events one by one: fine, if none got through. */
    static Expect refusedOrNothingAccepted() {
        return new Expect("4xx, or 202 accepting nothing", s -> s == 202 || s >= 400 && s < 500,
                body -> NOTHING_ACCEPTED.matcher(body).find());
    }
}
