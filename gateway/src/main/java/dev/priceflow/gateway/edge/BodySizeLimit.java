package dev.priceflow.gateway.edge;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.kit.ProblemResponses;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over the limit with 413 problem+json, for the gateway's own endpoints and for every
 * proxied route alike: at once when Content-Length says so, and while streaming when a chunked body grows past
 * it (nothing of such a body reaches a service whole).
 */
public class BodySizeLimit implements WebFilter, Ordered {

    private final long maxBytes;

    public BodySizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            return tooLarge(exchange);
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        AtomicLong seen = new AtomicLong();
        ServerHttpRequestDecorator counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                        DataBufferUtils.release(buffer);
                        sink.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                                "Request body larger than " + maxBytes + " bytes"));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return ProblemResponses.writeProblem(exchange, HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.INVALID_REQUEST,
                "Request body larger than " + maxBytes + " bytes");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 30;
    }
}
