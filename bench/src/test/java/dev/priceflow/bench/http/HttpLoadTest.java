package dev.priceflow.bench.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.bench.http.Request.Judge;
import dev.priceflow.bench.stats.RunResult;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/** Against an in-process Netty server on an ephemeral port that refuses every second request with 429. */
class HttpLoadTest {

    private static DisposableServer server;
    private static final AtomicLong served = new AtomicLong();

    @BeforeAll
    static void start() {
        server = HttpServer.create().host("127.0.0.1").port(0)
                .handle((req, res) -> served.incrementAndGet() % 2 == 0
                        ? res.status(429).send()
                        : res.header("X-Cache", "HIT").sendString(Mono.just("hello")))
                .bindNow();
    }

    @AfterAll
    static void stop() {
        server.disposeNow();
    }

    private String url() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    @Test
    void closedLoopCountsSuccessesAndErrorsByStatus() {
        try (HttpLoad load = new HttpLoad(4)) {
            RunResult r = load.closedLoop("t", "req", i -> Request.get(url(), Map.of(), Judge.statusOnly("X-Cache")),
                    4, Duration.ofMillis(100), Duration.ofMillis(300));
            assertThat(r.ok()).isPositive();
            assertThat(r.errors()).containsOnlyKeys("429");
            assertThat((double) r.errors().get("429")).isCloseTo(r.ok(), org.assertj.core.data.Offset.offset(5.0));
            assertThat(r.notes()).containsEntry("X-Cache HIT", r.ok());
            assertThat(r.latencies().count()).isEqualTo((int) r.ok());
        }
    }

    @Test
    void fixedRateSendsOnScheduleAndReportsWhetherTheRateWasMet() {
        try (HttpLoad load = new HttpLoad(8)) {
            RunResult r = load.fixedRate("t@200", "req", i -> Request.get(url(), Map.of(), Judge.statusOnly(null)),
                    200, Duration.ofMillis(100), Duration.ofMillis(500));
            long sent = r.ok() + r.errorCount();
            assertThat(sent).isBetween(97L, 101L);
            assertThat(r.rateAchieved()).isFalse(); // half of them are 429s
            assertThat(r.targetRate()).isEqualTo(200.0);
        }
    }

    @Test
    void aServerThatIsNotThereIsAnErrorNotACrash() {
        try (HttpLoad load = new HttpLoad(1)) {
            RunResult r = load.closedLoop("down", "req",
                    i -> Request.get("http://127.0.0.1:1/", Map.of(), Judge.statusOnly(null)), 1,
                    Duration.ofMillis(50), Duration.ofMillis(100));
            assertThat(r.ok()).isZero();
            assertThat(r.errors().keySet()).allSatisfy(k -> assertThat(k).startsWith("io:"));
        }
    }

    @Test
    void connectionsComeFromEightLoopbackAddressesInTurn() {
        assertThat(HttpLoad.sourceAddress(0)).isEqualTo("127.0.0.1");
        assertThat(HttpLoad.sourceAddress(15)).isEqualTo("127.0.0.16");
        assertThat(HttpLoad.sourceAddress(16)).isEqualTo("127.0.0.1");
        assertThat(HttpLoad.sourceAddress(-1)).as("after the counter wraps").isEqualTo("127.0.0.16");
    }
}
