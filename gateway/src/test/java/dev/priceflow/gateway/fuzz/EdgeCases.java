package dev.priceflow.gateway.fuzz;

import dev.priceflow.gateway.fuzz.FuzzCase.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Cases about the door rather than the input: missing and forged tokens (exactly 401), oversized headers
 * (exactly 431: {@code server.max-http-request-header-size} 16 KB), a hostile {@code X-Request-Id} (the answer
 * is whatever the valid request gets, and the id is not echoed back), odd methods, and request lines no
 * {@link java.net.URI} accepts (bad percent-encoding, raw non-UTF-8 bytes, control characters).
 */
final class EdgeCases {

    static final List<String> HOSTILE_REQUEST_IDS = List.of("<script>alert(1)</script>", "' OR '1'='1",
            "x".repeat(200), "../../etc/passwd", "${jndi:ldap://127.0.0.1:9/x}", "short");
    private static final List<String> RAW_PATH_SUFFIXES = List.of("%zz", "%", "%c3%28", "\u00c3(", "a\u00ffb",
            "%%32%65", "a\tb", "%u002e%u002e");

    private final Random random;

    EdgeCases(Random random) {
        this.random = random;
    }

    List<FuzzCase> forTarget(Target t, String token, Map<String, String> forged) {
        List<FuzzCase> cases = new ArrayList<>();
        cases.add(request(t, "auth", "no token", List.of(), Expect.exactly(401)));
        List<String> names = new ArrayList<>(forged.keySet());
        // the classic attack on RS256 verifiers runs everywhere; 3 more of the forged shapes at random
        names.remove(ForgedTokens.ALG_CONFUSION);
        cases.add(request(t, "auth", ForgedTokens.ALG_CONFUSION, List.of(new Header("Authorization",
                forged.get(ForgedTokens.ALG_CONFUSION))), Expect.exactly(401)));
        for (int i = 0; i < 3; i++) {
            String name = names.remove(random.nextInt(names.size()));
            cases.add(request(t, "auth", name, List.of(new Header("Authorization", forged.get(name))),
                    Expect.exactly(401)));
        }
        String anyForged = forged.get("random signature");
        cases.add(request(t, "auth", "forged first, valid second", List.of(new Header("Authorization", anyForged),
                new Header("Authorization", "Bearer " + token)), Expect.exactly(401)));
        cases.add(oversizedHeaders(t, token));
        String rid = Payloads.pick(random, HOSTILE_REQUEST_IDS);
        cases.add(request(t, "request-id", FuzzCase.abbreviate(rid, 24), List.of(bearer(token),
                new Header("X-Request-Id", rid)), t.normalExpect()));
        if (t.body() == null) {
            String method = random.nextBoolean() ? "TRACE" : "FUZZ";
            cases.add(new FuzzCase(t.label(), "method", method, method, t.defaultPath(), List.of(bearer(token)),
                    null, false, false, Expect.refused()));
        }
        if (t.hasPathParameter() && t.body() == null) {
            String suffix = Payloads.pick(random, RAW_PATH_SUFFIXES);
            cases.add(new FuzzCase(t.label(), "raw", "path " + suffix.replace("\t", "\\t"), t.method(),
                    t.resolve(suffix, ""), List.of(bearer(token)), null, false, true, Expect.refused()));
        }
        return cases;
    }

    /** The expired-token case of a target, run last (after the gateway's 30 s clock skew has passed). */
    static FuzzCase expired(Target t, String expiredToken) {
        return request(t, "auth", "expired (real Keycloak token)", List.of(bearer(expiredToken)), Expect.exactly(401));
    }

    private FuzzCase oversizedHeaders(Target t, String token) {
        List<Header> headers = new ArrayList<>(List.of(bearer(token)));
        String label;
        switch (random.nextInt(3)) {
            case 0 -> {
                headers.add(new Header("X-Fuzz", "v".repeat(20_000)));
                label = "one 20 KB header";
            }
            case 1 -> {
                for (int i = 0; i < 40; i++) {
                    headers.add(new Header("X-Fuzz-" + i, "v".repeat(500)));
                }
                label = "40 headers of 500 B";
            }
            default -> {
                headers.add(new Header("Cookie", "s=" + "c".repeat(17_000)));
                label = "17 KB cookie";
            }
        }
        // over a fresh socket: the server closes the connection after a 431, which a pooled client may miss
        return new FuzzCase(t.label(), "headers", label, t.method(), t.defaultPath(), headers, null, false, true,
                Expect.exactly(431));
    }

    private static FuzzCase request(Target t, String family, String label, List<Header> headers, Expect expect) {
        List<Header> all = new ArrayList<>(headers);
        byte[] body = null;
        if (t.body() != null) {
            all.add(new Header("Content-Type", "application/json"));
            body = Payloads.utf8(t.body());
        }
        return new FuzzCase(t.label(), family, label, t.method(), t.defaultPath(), all, body, false, false, expect);
    }

    static Header bearer(String token) {
        return new Header("Authorization", "Bearer " + token);
    }
}
