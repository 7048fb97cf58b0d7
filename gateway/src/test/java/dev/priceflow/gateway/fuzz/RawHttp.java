package dev.priceflow.gateway.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * Sends {@link FuzzCase}s with {@link HttpClient} (HTTP/1.1, 5 s connect and response timeouts) so that raw
 * bytes, odd headers and chunked bodies are possible; {@code raw} cases (request lines no {@link URI} accepts)
 * go over a socket with the same 5 s read timeout. Bodies are read as UTF-8 text (lossy) for the checks.
 */
final class RawHttp {

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();

    RawHttp(URI base) {
        this.base = base;
    }

    Answer send(FuzzCase c) {
        long start = System.nanoTime();
        try {
            return c.raw() ? sendRaw(c, start) : sendClient(c, start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.failed("interrupted", elapsed(start));
        } catch (IOException | RuntimeException e) {
            return Answer.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), elapsed(start));
        }
    }

    private Answer sendClient(FuzzCase c, long start) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : c.chunked() ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(c.body()))
                : HttpRequest.BodyPublishers.ofByteArray(c.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + c.path())).timeout(TIMEOUT)
                .method(c.method(), publisher);
        c.headers().forEach(h -> request.header(h.name(), h.value()));
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                new String(response.body(), StandardCharsets.UTF_8),
                response.headers().firstValue("X-Request-Id").orElse(null), null, elapsed(start));
    }

    /** HTTP/1.1 by hand: the request line carries bytes exactly as given; the answer is read to EOF. */
    private Answer sendRaw(FuzzCase c, long start) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), (int) TIMEOUT.toMillis());
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.write((c.method() + " ").getBytes(StandardCharsets.ISO_8859_1));
            head.write(c.path().getBytes(StandardCharsets.ISO_8859_1));
            StringBuilder rest = new StringBuilder(" HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nConnection: close\r\n");
            c.headers().forEach(h -> rest.append(h.name()).append(": ").append(h.value()).append("\r\n"));
            head.write(rest.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(head.toByteArray());
            socket.getOutputStream().flush();
            return parse(socket.getInputStream(), start);
        }
    }

    private static Answer parse(InputStream in, long start) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String[] lines = head.split("\r\n");
        String[] statusLine = lines[0].split(" ");
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
            return Answer.failed("not an HTTP answer: " + FuzzCase.abbreviate(lines[0], 80), elapsed(start));
        }
        String contentType = "";
        String requestId = null;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = line.substring(13).trim();
            } else if (lower.startsWith("x-request-id:")) {
                requestId = line.substring(13).trim();
            }
        }
        return new Answer(Integer.parseInt(statusLine[1]), contentType, end < 0 ? "" : text.substring(end + 4),
                requestId, null, elapsed(start));
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
