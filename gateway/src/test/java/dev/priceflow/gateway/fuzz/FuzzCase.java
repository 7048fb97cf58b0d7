package dev.priceflow.gateway.fuzz;

import java.util.List;

/**
 * One fuzz request and what a correct platform must answer to it. {@code path} is sent exactly as written
 * (already percent-encoded); {@code body} is raw bytes so that invalid UTF-8 is possible; {@code chunked} sends
 * the body without a Content-Length. {@code raw} cases bypass {@link java.net.URI} (illegal request lines) and
 * go over a plain socket.
 */
record FuzzCase(String endpoint, String family, String label, String method, String path, List<Header> headers,
                byte[] body, boolean chunked, boolean raw, Expect expect) {

    record Header(String name, String value) {
    }

    /** What a reader of a failure needs: no body dump (bodies can be 1 MiB), just its size. */
    String describe() {
        return endpoint + " [" + family + ": " + label + "] " + method + " " + abbreviate(path, 160)
                + (body == null ? "" : " body=" + body.length + "B" + (chunked ? " chunked" : ""));
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
    }
}
