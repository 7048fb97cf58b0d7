package dev.priceflow.gateway.price.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.priceflow.gateway.support.Listening;
import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import dev.priceflow.infra.test.Tokens;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The fast path answers exactly what the full request path answers for the same cached entry: same status, same
 * headers (but the correlation id, fresh for each request), same body — against the real Keycloak tokens, Redis
 * and pricing. A second token of the same shopper is what makes the full path answer the HIT: the fast path only
 * trusts tokens this gateway has verified before.
 */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.KAFKA, Server.REDIS, Server.KEYCLOAK})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CachedPriceFastPathIT {

    /** This test class's own channel: its entries never meet another test's expectations. */
    private static final String CHANNEL = "fast" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);

    private static Tokens tokens;

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;

    @BeforeAll
    static void keep(Tokens localTokens) {
        tokens = localTokens;
    }

    private EntityExchangeResult<String> price(String token) {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build()
                .get().uri("/api/v1/prices/85123A?channel=" + CHANNEL)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult();
    }

    private double fastAnswers() {
        return meters.counter(CachedPriceFastPath.METRIC).count();
    }

    private static Map<String, String> comparable(HttpHeaders headers) {
        Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> out.put(name, String.join(" | ", values)));
        assertThat(out.remove("X-Request-Id")).as("a correlation id").isNotBlank();
        return out;
    }

    @Test
    void theFastPathsAnswerIsTheFullPathsAnswerForTheSameEntry() throws InterruptedException {
        assumeTrue(Listening.onLoopback(8081), "pricing is not running on 127.0.0.1:8081");
        String first = tokens.freshAccessToken("alice", "alice");
        assertThat(price(first).getResponseHeaders().getFirst("X-Cache")).isIn("MISS", "HIT");
        // the near tier answers once the gateway trusts the pricing version (Redis notifications subscribed)
        double before = fastAnswers();
        for (int i = 0; i < 50 && fastAnswers() == before; i++) {
            Thread.sleep(100);
            price(first);
        }
        assertThat(fastAnswers()).as("the fast path answered within 5 s").isGreaterThan(before);

        String second = tokens.freshAccessToken("alice", "alice");
        double beforeFull = fastAnswers();
        EntityExchangeResult<String> full = price(second);
        assertThat(fastAnswers()).as("a token not verified here goes the full path").isEqualTo(beforeFull);
        EntityExchangeResult<String> fast = price(second);
        assertThat(fastAnswers()).as("now verified: the fast path").isEqualTo(beforeFull + 1);

        assertThat(full.getResponseHeaders().getFirst("X-Cache")).isEqualTo("HIT");
        assertThat(fast.getStatus()).isEqualTo(full.getStatus());
        assertThat(comparable(fast.getResponseHeaders())).isEqualTo(comparable(full.getResponseHeaders()));
        assertThat(fast.getResponseBody()).isEqualTo(full.getResponseBody());
    }

    @Test
    void fastAnswersAreRecordedAsRequestsOfThePriceEndpoint() throws InterruptedException {
        assumeTrue(Listening.onLoopback(8081), "pricing is not running on 127.0.0.1:8081");
        String token = tokens.accessToken("alice", "alice");
        // every answer below is counted, full or fast; a count is read only once the earlier ones have settled
        // (the observation stops after the response has been written, so the client may be ahead of the timer)
        double recorded = settledRequestsRecorded();
        price(token);
        price(token);
        double fast = fastAnswers();
        price(token);
        assertThat(fastAnswers()).as("the third answer came from the fast path").isEqualTo(fast + 1);
        for (int i = 0; i < 40 && requestsRecorded() < recorded + 3; i++) {
            Thread.sleep(50);
        }
        assertThat(requestsRecorded()).as("all three answers recorded, the fast one too").isEqualTo(recorded + 3);
    }

    /** The count once no earlier request (of this class or another sharing the context) is still being recorded. */
    private double settledRequestsRecorded() throws InterruptedException {
        double last = requestsRecorded();
        for (int i = 0; i < 40; i++) {
            Thread.sleep(100);
            double now = requestsRecorded();
            if (now == last) {
                return now;
            }
            last = now;
        }
        return last;
    }

    private double requestsRecorded() {
        var timer = meters.find("http.server.requests").tag("uri", PriceController.BASE + PriceController.ONE_SKU)
                .tag("status", "200").timer();
        return timer == null ? 0 : timer.count();
    }

}
