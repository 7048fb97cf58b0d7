package dev.priceflow.gateway.price.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.gateway.price.application.PricingAnswer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

/** The pricing adapter against scripted HTTP exchanges: what counts as a quote, a refusal, a failure. */
class PricingWebClientTest {

    private static final String QUOTE = """
            {"sku":"85123A","currency":"GBP","listPrice":"2.95","price":"2.55","personalized":false,
             "appliedPromotions":[],"explanation":[],"quoteId":"0b6f7a8e-1d2c-4e5f-9a0b-1c2d3e4f5a6b",
             "issuedAt":"2026-11-20T10:00:00Z","expiresAt":"2026-11-20T10:05:00Z","pricingVersion":"3",
             "signature":"sig"}""";

    private final List<ClientRequest> requests = new CopyOnWriteArrayList<>();

    private PricingWebClient client(ExchangeFunction server) {
        // generous: the first exchange in a fresh JVM loads codecs and Jackson
        return client(server, Duration.ofSeconds(5));
    }

    private PricingWebClient client(ExchangeFunction server, Duration callTimeout) {
        ExchangeFunction recording = request -> {
            requests.add(request);
            return server.exchange(request);
        };
        var breakers = new ReactiveResilience4JCircuitBreakerFactory(
                CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                        .slidingWindowSize(4).minimumNumberOfCalls(2).failureRateThreshold(50)
                        .waitDurationInOpenState(Duration.ofMinutes(1)).build()),
                TimeLimiterRegistry.of(TimeLimiterConfig.custom().timeoutDuration(callTimeout).build()),
                null, new Resilience4JConfigurationProperties());
        WebClient http = WebClient.builder().baseUrl("http://pricing.test").exchangeFunction(recording).build();
        return new PricingWebClient(http, breakers, JsonMapper.builder().build());
    }

    private static ClientResponse respond(HttpStatus status, MediaType type, String body) {
        return ClientResponse.create(status).header(HttpHeaders.CONTENT_TYPE, type.toString()).body(body).build();
    }

    @Test
    void aQuoteKeepsPricingsBodyAndItsExpiryAndCarriesTheShoppersToken() {
        var pricing = client(req -> Mono.just(respond(HttpStatus.OK, MediaType.APPLICATION_JSON, QUOTE)));

        StepVerifier.create(pricing.quote("85123A", "web", "tok-1"))
                .expectNext(new PricingAnswer.Quote(QUOTE, Instant.parse("2026-11-20T10:05:00Z"), "3"))
                .verifyComplete();

        ClientRequest sent = requests.getFirst();
        assertThat(sent.url()).hasToString("http://pricing.test/api/v1/prices/85123A?channel=web");
        assertThat(sent.headers().getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer tok-1");
    }

    @Test
    void aClientErrorIsPassedOnAsARefusal() {
        String problem = "{\"type\":\"https://priceflow.dev/problems/unknown-sku\",\"status\":404}";
        var pricing = client(req -> Mono.just(respond(HttpStatus.NOT_FOUND, MediaType.APPLICATION_PROBLEM_JSON,
                problem)));

        StepVerifier.create(pricing.quote("ZZ9", "web", "t"))
                .expectNext(new PricingAnswer.Refused(404, "application/problem+json", problem))
                .verifyComplete();
    }

    @Test
    void serverErrorsUnreadableQuotesRefusedConnectionsAndSlownessAreUnavailable() {
        List<ExchangeFunction> failures = List.of(
                req -> Mono.just(respond(HttpStatus.INTERNAL_SERVER_ERROR, MediaType.APPLICATION_JSON, "{}")),
                req -> Mono.just(respond(HttpStatus.OK, MediaType.APPLICATION_JSON, "<html>")),
                req -> Mono.just(respond(HttpStatus.OK, MediaType.APPLICATION_JSON, "{\"sku\":\"85123A\"}")),
                req -> Mono.error(new ConnectException("Connection refused")));
        for (ExchangeFunction failure : failures) {
            StepVerifier.create(client(failure).quote("85123A", "web", "t"))
                    .assertNext(answer -> assertThat(answer).isInstanceOf(PricingAnswer.Unavailable.class))
                    .verifyComplete();
        }
        StepVerifier.create(client(req -> Mono.never(), Duration.ofMillis(200)).quote("85123A", "web", "t"))
                .assertNext(answer -> assertThat(answer).isInstanceOf(PricingAnswer.Unavailable.class))
                .verifyComplete();
    }

    private static WebClientRequestException lost(Throwable cause) {
        return new WebClientRequestException(cause, HttpMethod.GET, URI.create("http://pricing.test/"),
                new HttpHeaders());
    }

    @Test
    void aRequestLostWithItsConnectionIsSentOnceMoreButATimeoutIsNot() {
        AtomicInteger sent = new AtomicInteger();
        var resetOnce = client(req -> sent.getAndIncrement() == 0
                ? Mono.error(lost(new IOException("Connection reset by peer")))
                : Mono.just(respond(HttpStatus.OK, MediaType.APPLICATION_JSON, QUOTE)));
        StepVerifier.create(resetOnce.quote("85123A", "web", "t"))
                .assertNext(answer -> assertThat(answer).isInstanceOf(PricingAnswer.Quote.class))
                .verifyComplete();
        assertThat(requests).hasSize(2);

        requests.clear();
        var alwaysReset = client(req -> Mono.error(lost(new IOException("Connection reset by peer"))));
        StepVerifier.create(alwaysReset.quote("85123A", "web", "t"))
                .assertNext(answer -> assertThat(answer).isInstanceOf(PricingAnswer.Unavailable.class))
                .verifyComplete();
        assertThat(requests).as("one more try, not more").hasSize(2);

        requests.clear();
        var timesOut = client(req -> Mono.error(lost(new io.netty.handler.timeout.ReadTimeoutException())));
        StepVerifier.create(timesOut.quote("85123A", "web", "t"))
                .assertNext(answer -> assertThat(answer).isInstanceOf(PricingAnswer.Unavailable.class))
                .verifyComplete();
        assertThat(requests).hasSize(1);
    }

    @Test
    void afterRepeatedFailuresTheCircuitOpensAndPricingIsLeftAlone() {
        var pricing = client(req -> Mono.error(new ConnectException("Connection refused")));

        for (int i = 0; i < 5; i++) {
            StepVerifier.create(pricing.quote("85123A", "web", "t"))
                    .assertNext(answer -> assertThat(answer).isInstanceOf(PricingAnswer.Unavailable.class))
                    .verifyComplete();
        }

        assertThat(requests).as("only the calls before the circuit opened reached pricing").hasSize(2);
    }

    @Test
    void refusalsDoNotOpenTheCircuit() {
        var pricing = client(req -> Mono.just(respond(HttpStatus.NOT_FOUND, MediaType.APPLICATION_PROBLEM_JSON,
                "{}")));

        for (int i = 0; i < 5; i++) {
            StepVerifier.create(pricing.quote("ZZ9", "web", "t"))
                    .assertNext(answer -> assertThat(answer).isInstanceOf(PricingAnswer.Refused.class))
                    .verifyComplete();
        }
        assertThat(requests).hasSize(5);
    }
}
