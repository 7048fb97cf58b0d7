package dev.priceflow.kit.web;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import reactor.core.publisher.Mono;

/**
 * For WebClients that call other Priceflow services: adds the current request's correlation id (from the
 * Reactor context, put there by {@link CorrelationIdFilter}) as {@value CorrelationId#HEADER}, so the callee
 * logs under the same id. Use as {@code WebClient.builder().filter(CorrelationIdPropagation.FILTER)}.
 */
public final class CorrelationIdPropagation {

    public static final ExchangeFilterFunction FILTER = (request, next) -> Mono.deferContextual(context -> {
        if (!context.hasKey(CorrelationId.KEY) || request.headers().containsHeader(CorrelationId.HEADER)) {
            return next.exchange(request);
        }
        String id = context.get(CorrelationId.KEY);
        return next.exchange(ClientRequest.from(request).header(CorrelationId.HEADER, id).build());
    });

    private CorrelationIdPropagation() {
    }
}
