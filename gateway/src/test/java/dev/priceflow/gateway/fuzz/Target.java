package dev.priceflow.gateway.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One public endpoint as the fuzzer sees it: {@code {p}} in the path is the fuzzed path parameter (default
 * {@code pathValue}); {@code query} holds the fuzzed query parameters with harmless defaults; {@code body} is an
 * INVALID base body for writes (never one that would create, change or redeem anything); {@code user} the demo
 * user whose token it sends. {@code bodyExpect} applies to wrong-typed and ill-encoded bodies,
 * {@code paramExpect} to hostile path and query values.
 */
record Target(String label, String method, String path, String pathValue, Map<String, String> query, String user,
              String body, Expect bodyExpect, Expect paramExpect, boolean idempotencyKey) {

    static Target get(String path, String user) {
        return new Target("GET " + path, "GET", path, null, Map.of(), user, null, Expect.refused(),
                Expect.refusedOrHarmless(), false);
    }

    Target pathValue(String value, Expect expect) {
        return new Target(label, method, path, value, query, user, body, bodyExpect, expect, idempotencyKey);
    }

    Target query(Expect expect, String... namesAndDefaults) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndDefaults.length; i += 2) {
            params.put(namesAndDefaults[i], namesAndDefaults[i + 1]);
        }
        return new Target(label, method, path, pathValue, params, user, body, bodyExpect, expect, idempotencyKey);
    }

    static Target write(String method, String path, String user, String body, Expect bodyExpect) {
        return new Target(method + " " + path, method, path, null, Map.of(), user, body, bodyExpect,
                Expect.refused(), false);
    }

    Target withIdempotencyKey() {
        return new Target(label, method, path, pathValue, query, user, body, bodyExpect, paramExpect, true);
    }

    boolean hasPathParameter() {
        return path.contains("{p}");
    }

    /** The path with {@code p} in place of {@code {p}} (already encoded) and the given query string. */
    String resolve(String p, String queryString) {
        String resolved = path.replace("{p}", p);
        return queryString.isEmpty() ? resolved : resolved + "?" + queryString;
    }

    String defaultQuery() {
        StringBuilder q = new StringBuilder();
        query.forEach((name, value) -> q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                .append(Payloads.encode(value)));
        return q.toString();
    }

    /** The default request: path default, default query. */
    String defaultPath() {
        return resolve(pathValue == null ? "" : Payloads.encode(pathValue), defaultQuery());
    }

    /** What a request with valid input but a hostile edge (header, token) should get past the edge to. */
    Expect normalExpect() {
        return body == null ? Expect.refusedOrHarmless() : bodyExpect;
    }
}
