package dev.priceflow.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/** Counting both limits ahead of the filters: the filters then answer from those decisions, never count twice. */
class RequestLimitsTest {

    private final Map<String, Integer> counts = new HashMap<>();
    private final RateLimiter limiter = (scope, client, limit) -> {
        int n = counts.merge(scope + ":" + client, 1, Integer::sum);
        return new RateLimiter.Decision(n <= limit, true, 1);
    };
    private final RateLimitProperties limits = new RateLimitProperties(true, 1, 2, Duration.ofMillis(200),
            Duration.ofMillis(100));
    private final RequestLimits requestLimits = new RequestLimits(limiter, limits);

    private static MockServerWebExchange request(String address) {
        return MockServerWebExchange.builder(MockServerHttpRequest.get("/api/v1/prices/A1")
                        .remoteAddress(new InetSocketAddress(address, 40000)))
                .principal(new TestingAuthenticationToken("alice", "n/a")).build();
    }

    private static int through(WebFilter filter, ServerWebExchange exchange) {
        filter.filter(exchange, ex -> Mono.empty()).block();
        HttpStatus status = (HttpStatus) exchange.getResponse().getStatusCode();
        return status == null ? 200 : status.value();
    }

    @Test
    void overTheUserLimitTheFilterAnswers429FromTheDecisionWithoutCountingAgain() {
        assertThat(requestLimits.admit(request("127.0.0.2"), "alice")).isTrue();
        MockServerWebExchange second = request("127.0.0.2");
        assertThat(requestLimits.admit(second, "alice")).isFalse();

        assertThat(through(RateLimitFilters.perAddress(limiter, limits), second)).isEqualTo(200);
        assertThat(through(RateLimitFilters.perUser(limiter, limits), second)).isEqualTo(429);
        assertThat(second.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(counts).containsEntry("addr:127.0.0.2", 2).containsEntry("user:alice", 2);
    }

    @Test
    void overTheAddressLimitTheUserIsNotCountedAsTheFiltersWouldNotReachIt() {
        requestLimits.admit(request("127.0.0.3"), "bob");
        requestLimits.admit(request("127.0.0.3"), "carol");
        MockServerWebExchange third = request("127.0.0.3");
        assertThat(requestLimits.admit(third, "dave")).isFalse();
        assertThat(counts).doesNotContainKey("user:dave");
        assertThat(through(RateLimitFilters.perAddress(limiter, limits), third)).isEqualTo(429);
        assertThat(counts).containsEntry("addr:127.0.0.3", 3);
    }
}
