package dev.priceflow.gateway.fuzz;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Cases tried and outcomes (status, or "no answer") per endpoint and per family, for the printed summary. */
final class Tally {

    private final Map<String, Map<String, Integer>> byEndpoint = new TreeMap<>();
    private final Map<String, Map<String, Integer>> byFamily = new TreeMap<>();
    private final Map<String, Integer> nonProblem4xx = new TreeMap<>();
    private final Map<String, Integer> untypedProblems = new TreeMap<>();
    /** README: every error has a stable type URI under this prefix; Spring's defaults have none (observed, not judged). */
    static final String PRICEFLOW_TYPES = "https://priceflow.dev/problems/";
    private int total;
    private long slowest;
    private String slowestCase = "";

    void add(FuzzCase c, Answer a) {
        total++;
        byEndpoint.computeIfAbsent(c.endpoint(), k -> new TreeMap<>()).merge(a.outcome(), 1, Integer::sum);
        byFamily.computeIfAbsent(c.family(), k -> new TreeMap<>()).merge(a.outcome(), 1, Integer::sum);
        if (a.answered() && a.status() >= 400 && a.status() < 500 && !a.problemJson()) {
            nonProblem4xx.merge(c.endpoint() + " " + c.family() + " → " + a.status() + " '" + a.contentType() + "'", 1,
                    Integer::sum);
        }
        if (a.answered() && a.problemJson() && !a.body().contains("\"type\":\"" + PRICEFLOW_TYPES)) {
            untypedProblems.merge(c.endpoint() + " → " + a.status(), 1, Integer::sum);
        }
        if (a.millis() > slowest) {
            slowest = a.millis();
            slowestCase = c.describe();
        }
    }

    int total() {
        return total;
    }

    String summary(long seed, long seconds) {
        StringBuilder out = new StringBuilder("FuzzIT seed=" + seed + ": " + total + " cases in " + seconds + " s\n");
        out.append(String.format("%-46s %5s  %s%n", "endpoint", "cases", "outcomes (status×count)"));
        byEndpoint.forEach((endpoint, outcomes) -> out.append(String.format("%-46s %5d  %s%n", endpoint,
                count(outcomes), format(outcomes))));
        out.append("by family:\n");
        byFamily.forEach((family, outcomes) -> out.append(String.format("  %-12s %5d  %s%n", family, count(outcomes),
                format(outcomes))));
        out.append("4xx answers that are not problem+json:").append(nonProblem4xx.isEmpty() ? " none" : "").append('\n');
        nonProblem4xx.forEach((what, n) -> out.append("  ").append(what).append(" ×").append(n).append('\n'));
        out.append("problem documents without a ").append(PRICEFLOW_TYPES).append(" type:")
                .append(untypedProblems.isEmpty() ? " none" : "").append('\n');
        untypedProblems.forEach((what, n) -> out.append("  ").append(what).append(" ×").append(n).append('\n'));
        out.append("slowest answer: ").append(slowest).append(" ms (").append(slowestCase).append(")\n");
        return out.toString();
    }

    private static int count(Map<String, Integer> outcomes) {
        return outcomes.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String format(Map<String, Integer> outcomes) {
        return outcomes.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(" "));
    }
}
