package dev.priceflow.gateway.fuzz;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** The hostile inputs, as fixed lists (picked from with the run's seeded {@link Random}) and generators. */
final class Payloads {

    /** SQL, Elasticsearch query-string, NoSQL, LDAP, template, JNDI, shell and oddities; percent-encoded when used. */
    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "1' OR 1=1--", "'; DROP TABLE pricing.product;--", "1; SELECT pg_sleep(10)--",
            "\" OR \"\"=\"", "') UNION SELECT username, password FROM users--", "admin'--",
            "*:*", "name:* OR _exists_:sku", "sku:85123A AND NOT _id:x", "{\"$gt\":\"\"}", "*)(uid=*))(|(uid=*",
            "${jndi:ldap://127.0.0.1:9/x}", "#{7*7}", "{{7*7}}", "$(id)", "`id`", "<script>alert(1)</script>",
            "\u0000", "%00", "\r\nX-Injected: 1", "\u202Egnp.exe", "😀💥", "x".repeat(5000), "-1", "NaN",
            "9999999999999999999999", "1e309", "", " ", "null", "[]");

    /** Sent verbatim in the path: encoded and double-encoded slashes, dot segments, matrix parameters. */
    static final List<String> TRAVERSALS = List.of(
            "..%2f..%2fetc%2fpasswd", "..%2F..%2F..%2Factuator%2Fenv", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "..%252f..%252fetc%252fpasswd", "..%5c..%5cwindows%5cwin.ini", "..;/..;/actuator/env",
            "%2e%2e/%2e%2e/admin/users", "85123A%2f..%2f..%2fadmin%2fusers", "%c0%ae%c0%ae%2fetc%2fpasswd");

    static final List<String> MALFORMED_JSON = List.of(
            "{", "[", "{\"skus\":", "{\"a\":1}}", "{'a':1}", "{\"a\":NaN}", "{\"a\":01}", "nul", "{\"a\":\"\\u12\"}",
            "{\"a\":1,}", "{} trailing", "\uFEFF{}", "/* comment */ {}", "", "   ", "\u0000", "{\"a\":\"unterminated}",
            "[1,2,", "{\"a\" 1}", "{\"a\":-}", "{\"a\":1e99999}");

    /** Values that have the wrong type for every field of the bodies used (never a valid boolean or 0/1). */
    static final List<String> WRONG_VALUES = List.of(
            "12345678901234567890123", "-1", "1.5e308", "-0.0", "null", "[]", "{}", "[[[\"x\"]]]", "{\"x\":{\"y\":[]}}",
            "\"\"", "\"" + "x".repeat(20_000) + "\"", "\"' OR '1'='1\"", "\"\\u0000\"", "\"-999999999999.999\"",
            "\"2026-13-45T25:61:61Z\"", "[\"\",null,{}]", "\"😀\"");

    private Payloads() {
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** Percent-encodes everything but unreserved characters, for a path segment or query value. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code depth} nested arrays, or objects {"a":{"a":…}}, around a 1. */
    static byte[] deeplyNested(int depth, boolean objects) {
        StringBuilder json = new StringBuilder(depth * 6);
        json.append((objects ? "{\"a\":" : "[").repeat(depth)).append('1').append((objects ? "}" : "]").repeat(depth));
        return utf8(json.toString());
    }

    /** A syntactically valid JSON document just over {@code bytes}: one long string inside the base body's shape. */
    static byte[] huge(int bytes, boolean array) {
        String filler = "a".repeat(bytes + 16);
        return utf8(array ? "[\"" + filler + "\"]" : "{\"filler\":\"" + filler + "\"}");
    }

    /** The body with one of a few ill-formed UTF-8 sequences put inside its first string value. */
    static byte[] invalidUtf8(String json, Random random) {
        byte[][] bad = {{(byte) 0xC3, (byte) 0x28}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                {(byte) 0xE2, (byte) 0x82}};
        byte[] seq = bad[random.nextInt(bad.length)];
        byte[] text = utf8(json);
        int at = json.indexOf(":\"");
        int insert = at < 0 ? Math.min(1, text.length) : utf8(json.substring(0, at + 2)).length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text, 0, insert);
        out.writeBytes(seq);
        out.write(text, insert, text.length - insert);
        return out.toByteArray();
    }
}
