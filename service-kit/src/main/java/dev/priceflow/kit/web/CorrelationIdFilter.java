package dev.priceflow.kit.web;

import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request a correlation id ({@link CorrelationId}) before anything else runs — security included,
 * so a refused request is traceable too: the request carries it on to the services behind (the gateway's
 * routes forward request headers), the response echoes it, and the Reactor context holds it for the log MDC.
 */
public class CorrelationIdFilter implements WebFilter, Ordered {

    /** Before Spring Security's filter chain (order -100). */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = CorrelationId.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(CorrelationId.HEADER));
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(CorrelationId.HEADER, id))
                .build();
        exchange.getResponse().getHeaders().set(CorrelationId.HEADER, id);
        ServerWebExchange withId = exchange.mutate().request(request).build();
        withId.getAttributes().put(CorrelationId.KEY, id);
        // Slf4jThreadLocalAccessor (registered in CorrelationAutoConfiguration) copies this map into the MDC.
        return chain.filter(withId).contextWrite(context -> context
                .put(CorrelationId.KEY, id)
                .put(Slf4jThreadLocalAccessor.KEY, Map.of(CorrelationId.KEY, id)));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
