package dev.priceflow.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.bench.http.HttpLoad;
import dev.priceflow.bench.http.Tokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The probe against an in-process stand-in for Keycloak and the gateway: each checkout's first answer fails
 * (503, or the connection is dropped), the next one confirms, later ones replay the same order; checkout 2 never
 * gets an answer but 503.
 */
class CheckoutProbeTest {

    private static final String JWT = "h.eyJzdWIiOiJ1LTEifQ.s"; // {"sub":"u-1"}
    private DisposableServer server;
    private final Map<String, List<String>> bodies = new ConcurrentHashMap<>();
    private final Map<String, String> orders = new ConcurrentHashMap<>();
    private final List<String> headersSeen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        server = HttpServer.create().host("127.0.0.1").port(0).handle(this::serve).bindNow();
    }

    @AfterEach
    void stop() {
        server.disposeNow();
    }

    private org.reactivestreams.Publisher<Void> serve(HttpServerRequest req, HttpServerResponse res) {
        if (req.uri().contains("/openid-connect/token")) {
            return res.sendString(Mono.just("{\"access_token\":\"" + JWT + "\"}"));
        }
        if (req.uri().startsWith("/api/v1/prices/22423?channel=marketplace")) {
            return res.sendString(Mono.just("{\"sku\":\"22423\",\"signature\":\"q-" + UUID.randomUUID() + "\"}"));
        }
        String key = req.requestHeaders().get("Idempotency-Key");
        headersSeen.add(req.requestHeaders().get("Authorization") + " " + key);
        return req.receive().aggregate().asString().flatMap(body -> {
            List<String> seen = bodies.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>());
            seen.add(body);
            long n = Long.parseLong(key.substring(key.lastIndexOf('-') + 1));
            if (n == 2 || seen.size() == 1 && n % 2 == 0) {
                return res.status(503).sendString(Mono.just("{}")).then();
            }
            if (seen.size() == 1) {
                return res.withConnection(c -> c.dispose()).then(); // an answer lost in transit
            }
            String id = orders.computeIfAbsent(key, k -> UUID.randomUUID().toString());
            return res.status(201).sendString(Mono.just("{\"orderId\":\"" + id + "\"}")).then();
        });
    }

    @Test
    void everyCheckoutIsResentWithItsKeyAndBodyUntilConfirmedOrTheSettleTimeHasPassed() throws Exception {
        String base = "http://127.0.0.1:" + server.port();
        ChaosOptions o = ChaosOptions.parse("--gateway", base, "--keycloak", base, "--checkout-rate", "10",
                "--event-user", "pf-chaos");
        CheckoutLedger.Summary s;
        try (HttpLoad http = new HttpLoad(8); TokenCache tokens = new TokenCache(new Tokens(base),
                List.of("pf-chaos"))) {
            CheckoutProbe probe = new CheckoutProbe(http, tokens, o, "CHAOS-1", "chaos-t-redis-");
            probe.start();
            long until = System.nanoTime() + 10_000_000_000L; // the machine may be busy: wait for checkout 2
            while (!bodies.containsKey("chaos-t-redis-2") && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            probe.halt(Duration.ofSeconds(3));
            s = probe.awaitAnswers().summary();
        }

        assertThat(s.sent()).isGreaterThanOrEqualTo(3);
        assertThat(s.unresolved()).containsExactly("chaos-t-redis-2");
        assertThat(bodies.get("chaos-t-redis-2")).hasSizeGreaterThanOrEqualTo(2); // kept resending
        assertThat(s.confirmed()).hasSize(s.sent() - 1);
        s.confirmed().forEach((key, ids) -> assertThat(ids).containsExactly(orders.get(key)));
        bodies.forEach((key, sent) -> assertThat(Set.copyOf(sent)).as(key).hasSize(1)); // resent unchanged
        assertThat(bodies.get("chaos-t-redis-0").getFirst()).contains("\"codes\":[\"CHAOS-1\"]")
                .contains("\"channel\":\"marketplace\"").contains("\"quantity\":1");
        assertThat(s.resends()).isEqualTo(bodies.values().stream().mapToLong(b -> b.size() - 1L).sum());
        assertThat(s.retried()).containsKey("503").anySatisfy((label, n) -> assertThat(label).startsWith("io:"));
        assertThat(headersSeen).allSatisfy(h -> assertThat(h).startsWith("Bearer " + JWT + " chaos-t-redis-"));
        assertThat(s.extraOrdersPerKey()).isZero();
    }
}
