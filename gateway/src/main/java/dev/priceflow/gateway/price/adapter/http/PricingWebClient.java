package dev.priceflow.gateway.price.adapter.http;

import dev.priceflow.contracts.api.PriceQuote;
import dev.priceflow.gateway.price.application.PricingAnswer;
import dev.priceflow.gateway.price.application.PricingClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls pricing's {@code GET /api/v1/prices/{sku}} with the shopper's own bearer token, inside the
 * {@code pricing} circuit breaker. Only real failures (no connection, timeout, 5xx, unreadable quote)
 * count against the breaker; a 4xx is pricing's verdict on the request and is passed on. A request lost with its
 * connection before any answer (a pooled connection that pricing closed, e.g. across a restart of pricing) is
 * sent once more on a new connection before it counts as a failure: such a loss tripped the breaker and answered
 * 503s for seconds while pricing was up. A timeout is not repeated.
 */
public class PricingWebClient implements PricingClient {

    /** Calls to pricing in flight at once: the pricing bulkhead admits this many, the connection pool holds as many. */
    public static final int MAX_CONCURRENT_CALLS = 64;

    static final String BREAKER = "pricing";
    private static final Logger log = LoggerFactory.getLogger(PricingWebClient.class);
    private static final Retry CONNECTION_LOST = Retry.max(1).filter(PricingWebClient::connectionLost);

    private final WebClient http;
    private final ReactiveCircuitBreaker breaker;
    private final JsonMapper json;

    public PricingWebClient(WebClient http, ReactiveCircuitBreakerFactory<?, ?> breakers, JsonMapper json) {
        this.http = http;
        this.breaker = breakers.create(BREAKER);
        this.json = json;
    }

    @Override
    public Mono<PricingAnswer> quote(String sku, String channel, String bearerToken) {
        Mono<PricingAnswer> call = http.get()
                .uri(uri -> uri.path("/api/v1/prices/{sku}").queryParam("channel", channel).build(sku))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .exchangeToMono(this::read)
                .retryWhen(CONNECTION_LOST);
        return breaker.run(call, error -> {
            log.warn("pricing unavailable: sku={} cause={}", sku, error.toString());
            return Mono.just(new PricingAnswer.Unavailable("pricing did not answer"));
        });
    }

    /** The connection failed before an answer came (reset, closed, refused); not a timeout. */
    static boolean connectionLost(Throwable error) {
        return error instanceof WebClientRequestException && error.getCause() instanceof java.io.IOException;
    }

    private Mono<PricingAnswer> read(ClientResponse response) {
        int status = response.statusCode().value();
        if (response.statusCode().is2xxSuccessful()) {
            return response.bodyToMono(String.class).defaultIfEmpty("").map(this::quote);
        }
        if (response.statusCode().is4xxClientError()) {
            String type = response.headers().contentType().map(MediaType::toString)
                    .orElse(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            return response.bodyToMono(String.class).defaultIfEmpty("")
                    .map(body -> new PricingAnswer.Refused(status, type, body));
        }
        return response.releaseBody().then(Mono.error(new PricingFailure("pricing answered " + status)));
    }

    private PricingAnswer quote(String body) {
        try {
            PriceQuote quote = json.readValue(body, PriceQuote.class);
            if (quote == null || quote.expiresAt() == null) {
                throw new PricingFailure("pricing answered a quote without expiresAt");
            }
            return new PricingAnswer.Quote(body, quote.expiresAt(), quote.pricingVersion());
        } catch (JacksonException e) {
            throw new PricingFailure("pricing answered an unreadable quote");
        }
    }

    /** Pricing answered, but not with anything the gateway may pass on as a price. */
    static final class PricingFailure extends RuntimeException {
        PricingFailure(String message) {
            super(message, null, false, false);
        }
    }
}
