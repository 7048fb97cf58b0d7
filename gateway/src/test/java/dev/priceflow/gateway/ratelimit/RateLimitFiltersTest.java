package dev.priceflow.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

class RateLimitFiltersTest {

    /** A counting fake of the Redis limiter: per scope and client, no windows (the test runs within one). */
    private static final class CountingLimiter implements RateLimiter {
        final Map<String, Integer> counts = new HashMap<>();
        boolean down;

        @Override
        public Decision count(String scope, String client, int limit) {
            if (down) {
                return Decision.UNCOUNTED;
            }
            int n = counts.merge(scope + ":" + client, 1, Integer::sum);
            return new Decision(n <= limit, true, 1);
        }
    }

    private final CountingLimiter limiter = new CountingLimiter();
    private final RateLimitProperties limits = new RateLimitProperties(true, 2, 3, Duration.ofMillis(200),
            Duration.ofMillis(100));

    private static MockServerWebExchange request(String path, String address) {
        return MockServerWebExchange.from(MockServerHttpRequest.get(path)
                .remoteAddress(new InetSocketAddress(address, 40000)));
    }

    private static int run(WebFilter filter, MockServerWebExchange exchange, AtomicInteger passed) {
        filter.filter(exchange, ex -> Mono.fromRunnable(passed::incrementAndGet)).block();
        HttpStatus status = (HttpStatus) exchange.getResponse().getStatusCode();
        return status == null ? 200 : status.value();
    }

    @Test
    void theFourthRequestFromOneAddressIn_aSecondIs429WithRetryAfterAndOtherAddressesAreNotAffected() {
        WebFilter filter = RateLimitFilters.perAddress(limiter, limits);
        AtomicInteger passed = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            assertThat(run(filter, request("/api/v1/prices/A1", "127.0.0.2"), passed)).isEqualTo(200);
        }
        MockServerWebExchange fourth = request("/api/v1/prices/A1", "127.0.0.2");
        assertThat(run(filter, fourth, passed)).isEqualTo(429);
        assertThat(fourth.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(fourth.getResponse().getBodyAsString().block())
                .contains("https://priceflow.dev/problems/rate-limited").contains("client address");
        assertThat(run(filter, request("/api/v1/prices/A1", "127.0.0.3"), passed)).isEqualTo(200);
        assertThat(passed.get()).isEqualTo(4);
    }

    @Test
    void pagesAndHealthAreNotLimitedAndARedisOutageFailsOpen() {
        WebFilter filter = RateLimitFilters.perAddress(limiter, limits);
        AtomicInteger passed = new AtomicInteger();
        for (int i = 0; i < 10; i++) {
            assertThat(run(filter, request("/actuator/health", "127.0.0.4"), passed)).isEqualTo(200);
        }
        limiter.down = true;
        for (int i = 0; i < 10; i++) {
            assertThat(run(filter, request("/api/v1/prices/A1", "127.0.0.4"), passed)).isEqualTo(200);
        }
        assertThat(passed.get()).isEqualTo(20);
    }

    @Test
    void anAnonymousRequestPassesThePerUserLimitToBeRefusedBySecurityInstead() {
        WebFilter filter = RateLimitFilters.perUser(limiter, limits);
        AtomicInteger passed = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            assertThat(run(filter, request("/api/v1/prices/A1", "127.0.0.5"), passed)).isEqualTo(200);
        }
        assertThat(limiter.counts).isEmpty();
    }
}
