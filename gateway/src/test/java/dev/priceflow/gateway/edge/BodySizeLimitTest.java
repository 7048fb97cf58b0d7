package dev.priceflow.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class BodySizeLimitTest {

    @Test
    void aDeclaredOversizedBodyIs413ProblemWithoutReachingTheHandler() {
        BodySizeLimit limit = new BodySizeLimit(10);
        AtomicInteger reached = new AtomicInteger();
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest
                .method(HttpMethod.POST, "/api/v1/events").contentLength(11).body("x".repeat(11)));
        limit.filter(exchange, ex -> Mono.fromRunnable(reached::incrementAndGet)).block();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("larger than 10 bytes");
        assertThat(reached.get()).isZero();
    }

    @Test
    void aChunkedBodyIsCutOffOnceItGrowsPastTheLimit() {
        BodySizeLimit limit = new BodySizeLimit(10);
        var buffers = new DefaultDataBufferFactory();
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest
                .method(HttpMethod.POST, "/api/v1/events")
                .body(Flux.just(buffers.wrap("123456".getBytes()), buffers.wrap("789012".getBytes()))));
        AtomicInteger bytesRead = new AtomicInteger();
        Mono<Void> run = limit.filter(exchange, ex -> ex.getRequest().getBody()
                .doOnNext(b -> bytesRead.addAndGet(b.readableByteCount())).then());
        assertThatThrownBy(run::block)
                .hasMessageContaining("larger than 10 bytes");
        assertThat(bytesRead.get()).isEqualTo(6);
    }
}
