package dev.priceflow.pricing.whatif.adapter.http;

import dev.priceflow.pricing.whatif.application.WhatIfForecasts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/forecasts/{sku}/what-if} on demand-forecast with a one-period plan at {@code price}: the
 * first period's mean by Swanson's rule from P10/P50/P90, per day (a weekly model's period divided by 7).
 * demand-forecast allows what-if to marketing
 * and admin only (its service-account role forecast-reader may only GET), so the caller's own token is
 * forwarded; the simulation endpoint itself requires marketing. 404/422/503 (no history, too little, no model)
 * answer empty; other errors propagate. Timeout and fallback: the caller ({@code SkuDemand}).
 */
public class HttpWhatIfForecasts implements WhatIfForecasts {

    /**
     * Swanson's rule: mean ~ 0.3 P10 + 0.4 P50 + 0.3 P90. Expected units are a mean; the median (P50) of
     * intermittent demand is often 0 and would hide every sale.
     */
    static final double SWANSON_P10 = 0.3;
    static final double SWANSON_P50 = 0.4;
    static final double SWANSON_P90 = 0.3;

    private final WebClient web;

    public HttpWhatIfForecasts(WebClient web) {
        this.web = web;
    }

    @Override
    public Mono<Double> unitsPerDay(String sku, BigDecimal price, String bearer) {
        return web.post().uri("/api/v1/forecasts/{sku}/what-if", sku)
                .headers(h -> h.setBearerAuth(bearer))
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("prices", List.of(price.toPlainString())))
                .retrieve().bodyToMono(JsonNode.class)
                .flatMap(body -> {
                    JsonNode first = body.path("periods").path(0);
                    if (!first.path("p10").isNumber() || !first.path("p50").isNumber()
                            || !first.path("p90").isNumber()) {
                        return Mono.empty();
                    }
                    double mean = Math.max(0, SWANSON_P10 * first.path("p10").asDouble()
                            + SWANSON_P50 * first.path("p50").asDouble() + SWANSON_P90 * first.path("p90").asDouble());
                    return Mono.just("WEEKLY".equals(body.path("granularity").asString("WEEKLY")) ? mean / 7 : mean);
                })
                .onErrorResume(WebClientResponseException.class, e -> switch (e.getStatusCode().value()) {
                    case 404, 422, 503 -> Mono.empty();
                    default -> Mono.error(e);
                });
    }
}
