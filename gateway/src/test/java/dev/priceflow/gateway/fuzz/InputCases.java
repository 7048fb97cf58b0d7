package dev.priceflow.gateway.fuzz;

import dev.priceflow.gateway.fuzz.FuzzCase.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Cases about the input, with a valid token: hostile path parameters (injections percent-encoded, traversals
 * verbatim), hostile query values (each parameter in turn, and a repeated parameter), and bodies that are
 * malformed, wrong-typed, nested 10,000 deep, over 1 MiB (declared and chunked: exactly 413), ill-encoded UTF-8,
 * empty, or of another media type.
 */
final class InputCases {

    static final int MAX_BODY = 1_048_576;
    static final int NESTING = 10_000;

    private final Random random;

    InputCases(Random random) {
        this.random = random;
    }

    List<FuzzCase> forTarget(Target t, String token) {
        List<FuzzCase> cases = new ArrayList<>();
        if (t.hasPathParameter()) {
            for (int i = 0; i < 6; i++) {
                String value = Payloads.pick(random, Payloads.INJECTIONS);
                cases.add(call(t, "path", "injection " + printable(value), t.resolve(Payloads.encode(value),
                        t.defaultQuery()), token, t.body(), t.paramExpect()));
            }
            for (int i = 0; i < 3; i++) {
                String value = Payloads.pick(random, Payloads.TRAVERSALS);
                cases.add(call(t, "path", "traversal " + value, t.resolve(value, t.defaultQuery()), token, t.body(),
                        t.paramExpect()));
            }
        }
        String p = t.pathValue() == null ? "" : Payloads.encode(t.pathValue());
        for (String name : t.query().keySet()) {
            for (int i = 0; i < 3; i++) {
                String value = Payloads.pick(random, Payloads.INJECTIONS);
                cases.add(call(t, "query", name + "=" + printable(value), t.resolve(p, query(t.query(), name,
                        Payloads.encode(value))), token, t.body(), t.paramExpect()));
            }
        }
        if (!t.query().isEmpty()) {
            String name = Payloads.pick(random, new ArrayList<>(t.query().keySet()));
            String repeated = t.defaultQuery() + "&" + name + "=" + Payloads.encode(Payloads.pick(random, Payloads.INJECTIONS));
            cases.add(call(t, "query", "repeated " + name, t.resolve(p, repeated), token, t.body(), t.paramExpect()));
        }
        if (t.body() != null) {
            bodies(t, token, cases);
        }
        return cases;
    }

    private void bodies(Target t, String token, List<FuzzCase> cases) {
        String path = t.defaultPath();
        for (int i = 0; i < 3; i++) {
            String json = Payloads.pick(random, Payloads.MALFORMED_JSON);
            cases.add(body(t, "malformed", printable(json), path, token, Payloads.utf8(json), false, Expect.refused()));
        }
        for (int i = 0; i < 4; i++) {
            String json = WrongTypes.mutate(t.body(), random);
            cases.add(body(t, "wrong type", printable(json), path, token, Payloads.utf8(json), false, t.bodyExpect()));
        }
        boolean array = t.body().startsWith("[");
        cases.add(body(t, "nesting", NESTING + " arrays", path, token, Payloads.deeplyNested(NESTING, false), false,
                Expect.refused()));
        cases.add(body(t, "nesting", NESTING + " objects", path, token, Payloads.deeplyNested(NESTING, true), false,
                Expect.refused()));
        cases.add(body(t, "huge", "1 MiB + 16 B, Content-Length", path, token, Payloads.huge(MAX_BODY, array), false,
                Expect.exactly(413)));
        cases.add(body(t, "huge", "1 MiB + 16 B, chunked", path, token, Payloads.huge(MAX_BODY, array), true,
                Expect.exactly(413)));
        cases.add(body(t, "utf-8", "ill-formed bytes in a string", path, token, Payloads.invalidUtf8(t.body(), random),
                false, t.bodyExpect()));
        cases.add(body(t, "empty", "no body bytes", path, token, new byte[0], false, Expect.refused()));
        FuzzCase xml = body(t, "media type", "application/xml", path, token, Payloads.utf8("<a>1</a>"), false,
                Expect.refused());
        List<Header> headers = new ArrayList<>(xml.headers());
        headers.replaceAll(h -> h.name().equals("Content-Type") ? new Header("Content-Type", "application/xml") : h);
        cases.add(new FuzzCase(xml.endpoint(), xml.family(), xml.label(), xml.method(), xml.path(), headers, xml.body(),
                false, false, xml.expect()));
    }

    private FuzzCase call(Target t, String family, String label, String path, String token, String body, Expect e) {
        return body(t, family, label, path, token, body == null ? null : Payloads.utf8(body), false, e);
    }

    private FuzzCase body(Target t, String family, String label, String path, String token, byte[] body,
                          boolean chunked, Expect expect) {
        List<Header> headers = new ArrayList<>(List.of(EdgeCases.bearer(token)));
        if (body != null) {
            headers.add(new Header("Content-Type", "application/json"));
        }
        if (t.idempotencyKey()) {
            headers.add(new Header("Idempotency-Key", new UUID(random.nextLong(), random.nextLong()).toString()));
        }
        return new FuzzCase(t.label(), family, label, t.method(), path, headers, body, chunked, false, expect);
    }

    private static String query(Map<String, String> defaults, String replaced, String encodedValue) {
        StringBuilder q = new StringBuilder();
        defaults.forEach((name, value) -> q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                .append(name.equals(replaced) ? encodedValue : Payloads.encode(value)));
        return q.toString();
    }

    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(40).forEach(c -> out.append(c < 0x20 ? String.format("\\u%04x", c) : Character.toString(c)));
        return value.length() > 40 ? out + "…(" + value.length() + ")" : out.toString();
    }
}
