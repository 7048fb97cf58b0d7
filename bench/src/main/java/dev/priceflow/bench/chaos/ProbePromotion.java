package dev.priceflow.bench.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chaos run's own promotion, managed as the demo marketing user through the gateway's marketing API: created
 * as a draft, given a public code unique to the run and limits, then scheduled. A promotion with a code is
 * cart-level, so quotes never apply it and carts only with the code: nobody else's prices move. 5 % off stays
 * under the four-eyes threshold (30 %). {@link #close()} ends and archives it (once; retried while the stack
 * recovers); it is also called from a shutdown hook.
 */
final class ProbePromotion implements AutoCloseable {

    static final String PERCENT_OFF = "5";
    static final int MAX_USES = 50_000;
    static final String BUDGET = "5000.00";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern USES = Pattern.compile("\"uses\"\\s*:\\s*(\\d+)");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final Supplier<String> token;
    private final String id;
    private final String code;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ProbePromotion(String gateway, Supplier<String> token, String id, String code) {
        this.gateway = gateway;
        this.token = token;
        this.id = id;
        this.code = code;
    }

    /** Creates, codes and schedules the promotion on {@code sku} from now until {@code endsAt}. */
    static ProbePromotion create(String gateway, Supplier<String> token, String sku, String code, Instant endsAt)
            throws IOException, InterruptedException {
        ProbePromotion p = new ProbePromotion(gateway, token, null, code);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String created = p.call("POST", "/api/v1/promotions", """
                {"name":"chaos redemption probe %s","kind":"PERCENT_OFF","value":"%s","target":{"sku":"%s"},\
                "startsAt":"%s","endsAt":"%s"}""".formatted(code, PERCENT_OFF, sku, now, endsAt), 201);
        ProbePromotion probe = new ProbePromotion(gateway, token, group(ID, created), code);
        try {
            probe.call("PUT", "/api/v1/promotions/" + probe.id + "/redemption", """
                    {"publicCode":"%s","maxUses":%d,"budget":"%s"}""".formatted(code, MAX_USES, BUDGET), 200);
            String draft = probe.call("GET", "/api/v1/promotions/" + probe.id, null, 200);
            probe.call("PATCH", "/api/v1/promotions/" + probe.id, "{\"status\":\"scheduled\",\"version\":"
                    + group(VERSION, draft) + "}", 200);
        } catch (IOException | RuntimeException e) {
            probe.close();
            throw e;
        }
        return probe;
    }

    String id() {
        return id;
    }

    String code() {
        return code;
    }

    /** The promotion's {@code uses} as pricing counts them (marketing usage view); -1 when it cannot be read. */
    long uses() {
        try {
            return Long.parseLong(group(USES, call("GET", "/api/v1/promotions/" + id + "/redemption", null, 200)));
        } catch (IOException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Ends then archives the promotion; up to 12 tries 5 s apart (the last round may still be recovering). */
    @Override
    public void close() {
        if (id == null || !closed.compareAndSet(false, true)) {
            return;
        }
        for (int attempt = 0; attempt < 12; attempt++) {
            try {
                if (attempt > 0) {
                    Thread.sleep(5000);
                }
                call("POST", "/api/v1/promotions/" + id + "/end", null, 200, 409);
                call("POST", "/api/v1/promotions/" + id + "/archive", null, 200);
                System.out.printf("- probe promotion %s (code %s) ended and archived%n", id, code);
                return;
            } catch (IOException | RuntimeException e) {
                // the stack may still be recovering from the last kill: try again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        System.out.printf("- WARNING: probe promotion %s (code %s) could not be ended: end and archive it as"
                + " marketing (POST /api/v1/promotions/%s/end, then /archive)%n", id, code, id);
    }

    private String call(String method, String path, String body, int... expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token.get())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        for (int status : expected) {
            if (r.statusCode() == status) {
                return r.body();
            }
        }
        throw new IOException(method + " " + path + " answered " + r.statusCode() + ": "
                + r.body().substring(0, Math.min(200, r.body().length())));
    }

    private static String group(Pattern p, String body) {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + p.pattern() + " in " + body);
        }
        return m.group(1);
    }
}
