package dev.priceflow.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

class CorrelationIdFilterTest {

    private final CorrelationIdFilter filter = new CorrelationIdFilter();

    static {
        new CorrelationAutoConfiguration();   // registers the MDC accessor and automatic propagation
    }

    @Test
    void aWellFormedCallerIdIsKeptForwardedEchoedAndInTheMdcOnAnotherThread() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/x")
                .header(CorrelationId.HEADER, "abc-12345-def"));
        AtomicReference<String> forwarded = new AtomicReference<>();
        AtomicReference<String> inMdc = new AtomicReference<>();

        filter.filter(exchange, ex -> {
            forwarded.set(ex.getRequest().getHeaders().getFirst(CorrelationId.HEADER));
            return Mono.just("work").publishOn(Schedulers.boundedElastic())
                    .doOnNext(work -> inMdc.set(MDC.get(CorrelationId.KEY))).then();
        }).block();

        assertThat(forwarded.get()).isEqualTo("abc-12345-def");
        assertThat(exchange.getResponse().getHeaders().getFirst(CorrelationId.HEADER)).isEqualTo("abc-12345-def");
        assertThat(inMdc.get()).isEqualTo("abc-12345-def");
    }

    @Test
    void aMissingOrMalformedIdIsReplacedByANewOne() {
        for (String bad : new String[] {null, "short", "has space in it", "x".repeat(65), "inject\nline"}) {
            var request = MockServerHttpRequest.get("/x");
            if (bad != null) {
                request.header(CorrelationId.HEADER, bad);
            }
            var exchange = MockServerWebExchange.from(request);
            filter.filter(exchange, ex -> Mono.empty()).block();
            String id = exchange.getResponse().getHeaders().getFirst(CorrelationId.HEADER);
            assertThat(id).isNotEqualTo(bad).matches("[0-9a-f-]{36}");
        }
    }
}
