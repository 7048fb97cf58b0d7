package dev.priceflow.gateway.fuzz;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * Findings reported to the owners (docs/fuzz.md, "Findings") that are not fixed yet: a matching violation is
 * printed as KNOWN and does not fail the run; anything else does. Each entry names exactly what it excuses,
 * so a fix makes it dead (and it should then be deleted).
 */
final class KnownFindings {

    record Finding(String id, String description, BiPredicate<FuzzCase, String> matches) {
    }

    static final List<Finding> OPEN = List.of();

    private KnownFindings() {
    }

    static Finding match(FuzzCase c, String violation) {
        return OPEN.stream().filter(f -> f.matches().test(c, violation)).findFirst().orElse(null);
    }
}
