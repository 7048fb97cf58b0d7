package dev.priceflow.pricing.whatif.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class HttpWhatIfForecastsTest {

    private static HttpWhatIfForecasts answering(HttpStatus status, String body, AtomicReference<ClientRequest> seen) {
        return new HttpWhatIfForecasts(WebClient.builder().baseUrl("http://forecast").exchangeFunction(request -> {
            seen.set(request);
            return Mono.just(ClientResponse.create(status).header(HttpHeaders.CONTENT_TYPE,
                    status.isError() ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.APPLICATION_JSON_VALUE)
                    .body(body).build());
        }).build());
    }

    @Test
    void aWeeklyForecastIsTheSwansonMeanPerDayAndTheCallersTokenIsForwarded() {
        AtomicReference<ClientRequest> seen = new AtomicReference<>();
        HttpWhatIfForecasts f = answering(HttpStatus.OK, """
                {"sku":"22423","granularity":"WEEKLY","horizon":1,
                 "periods":[{"weekStart":"2026-11-30","p10":0.0,"p50":7.0,"p90":14.0}]}""", seen);
        // 0.3*0 + 0.4*7 + 0.3*14 = 7 a week = 1 a day
        StepVerifier.create(f.unitsPerDay("22423", new BigDecimal("9.99"), "tok"))
                .assertNext(units -> assertThat(units).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9)))
                .verifyComplete();
        assertThat(seen.get().url().getPath()).isEqualTo("/api/v1/forecasts/22423/what-if");
        assertThat(seen.get().headers().getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer tok");
    }

    @Test
    void noHistoryOrNoModelIsNoForecastButOtherErrorsFail() {
        StepVerifier.create(answering(HttpStatus.NOT_FOUND, "{}", new AtomicReference<>())
                .unitsPerDay("X", BigDecimal.ONE, "t")).verifyComplete();
        StepVerifier.create(answering(HttpStatus.SERVICE_UNAVAILABLE, "{}", new AtomicReference<>())
                .unitsPerDay("X", BigDecimal.ONE, "t")).verifyComplete();
        StepVerifier.create(answering(HttpStatus.FORBIDDEN, "{}", new AtomicReference<>())
                .unitsPerDay("X", BigDecimal.ONE, "t")).verifyError();
    }
}
