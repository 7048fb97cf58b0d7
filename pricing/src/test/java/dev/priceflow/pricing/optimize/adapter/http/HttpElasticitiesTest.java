package dev.priceflow.pricing.optimize.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

class HttpElasticitiesTest {

    static WebClient answering(HttpStatus elasticityStatus, AtomicInteger calls) {
        return WebClient.builder().baseUrl("http://forecast.test").exchangeFunction(request -> {
            calls.incrementAndGet();
            boolean token = request.url().getPath().endsWith("/token");
            String body = token ? "{\"access_token\":\"t\",\"expires_in\":300}"
                    : "{\"sku\":\"A1\",\"elasticity\":-1.7}";
            HttpStatus status = token ? HttpStatus.OK : elasticityStatus;
            return Mono.just(ClientResponse.create(status)
                    .header(HttpHeaders.CONTENT_TYPE, "application/json").body(body).build());
        }).build();
    }

    static HttpElasticities elasticities(WebClient web, String secret) {
        return new HttpElasticities(web, "http://keycloak.test/token", "priceflow-pricing", secret,
                Duration.ofHours(6), Duration.ofSeconds(1), Clock.systemUTC());
    }

    /** A timeout a cold test JVM cannot hit (the fakes answer at once). */
    static HttpElasticities patient(WebClient web) {
        return new HttpElasticities(web, "http://keycloak.test/token", "priceflow-pricing", "s3cret",
                Duration.ofHours(6), Duration.ofSeconds(30), Clock.systemUTC());
    }

    @Test
    void aQuoteNeverWaitsTheFirstAskIsUnknownAndTheBackgroundRefreshFillsTheCache() {
        AtomicInteger calls = new AtomicInteger();
        HttpElasticities cache = elasticities(answering(HttpStatus.OK, calls), "s3cret");
        assertThat(cache.find("A1").blockOptional()).isEmpty();
        assertThat(cache.find("A1").blockOptional()).hasValue(-1.7);
        int after = calls.get();
        assertThat(cache.find("A1").blockOptional()).hasValue(-1.7);
        assertThat(calls.get()).as("cached: no more calls").isEqualTo(after);
    }

    @Test
    void forbiddenOrMissingSecretMeansUnknownSoTheCategoryDefaultApplies() {
        AtomicInteger calls = new AtomicInteger();
        HttpElasticities forbidden = elasticities(answering(HttpStatus.FORBIDDEN, calls), "s3cret");
        forbidden.find("A1").block();
        assertThat(forbidden.find("A1").blockOptional()).isEmpty();
        AtomicInteger none = new AtomicInteger();
        HttpElasticities noSecret = elasticities(answering(HttpStatus.OK, none), "");
        assertThat(noSecret.find("A1").blockOptional()).isEmpty();
        assertThat(none.get()).isZero();
    }

    @Test
    void anOutageIsNotedOnceForAllSkusAndClearedWhenDemandForecastAnswersAgain() {
        AtomicInteger calls = new AtomicInteger();
        HttpStatus[] status = {HttpStatus.SERVICE_UNAVAILABLE};
        WebClient web = WebClient.builder().baseUrl("http://forecast.test").exchangeFunction(request -> {
            calls.incrementAndGet();
            boolean token = request.url().getPath().endsWith("/token");
            String body = token ? "{\"access_token\":\"t\",\"expires_in\":300}" : "{\"elasticity\":-1.7}";
            return Mono.just(ClientResponse.create(token ? HttpStatus.OK : status[0])
                    .header(HttpHeaders.CONTENT_TYPE, "application/json").body(body).build());
        }).build();
        HttpElasticities cache = patient(web);

        cache.find("A1").block();
        cache.find("B2").block();
        assertThat(cache.unavailable()).isTrue();
        assertThat(cache.find("A1").blockOptional()).isEmpty();

        status[0] = HttpStatus.OK;
        cache.find("C3").block();
        assertThat(cache.unavailable()).isFalse();
        assertThat(cache.find("C3").blockOptional()).hasValue(-1.7);
    }

    @Test
    void aSkuWithoutAnEstimateIsNotAnOutage() {
        HttpElasticities cache = patient(answering(HttpStatus.NOT_FOUND, new AtomicInteger()));

        cache.find("A1").block();

        assertThat(cache.unavailable()).isFalse();
        assertThat(cache.find("A1").blockOptional()).isEmpty();
    }
}
