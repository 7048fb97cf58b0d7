package dev.priceflow.recommender.recommendation.adapter.pricing;

import dev.priceflow.contracts.api.BatchQuoteRequest;
import dev.priceflow.contracts.api.BatchQuoteResponse;
import dev.priceflow.contracts.api.PriceQuote;
import dev.priceflow.recommender.recommendation.application.Prices;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/prices/batch} on pricing with the shopper's own Authorization header. Any failure
 * (timeout, 4xx/5xx, unreadable body) answers empty: the caller then shows list prices marked degraded.
 */
public final class BatchPricingClient implements Prices {

    private static final Logger LOG = LoggerFactory.getLogger(BatchPricingClient.class);

    private final WebClient http;
    private final JsonMapper json;
    private final Duration timeout;
    private final String channel;

    public BatchPricingClient(WebClient http, JsonMapper json, Duration timeout, String channel) {
        this.http = http;
        this.json = json;
        this.timeout = timeout;
        this.channel = channel;
    }

    @Override
    public Mono<Optional<Map<String, PriceQuote>>> quotes(List<String> skus, String authorization) {
        return http.post().uri("/api/v1/prices/batch")
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .bodyValue(json.writeValueAsString(new BatchQuoteRequest(skus, channel)))
                .retrieve().bodyToMono(String.class)
                .timeout(timeout)
                .map(body -> {
                    BatchQuoteResponse answer = json.readValue(body, BatchQuoteResponse.class);
                    Map<String, PriceQuote> bySku = new LinkedHashMap<>();
                    answer.quotes().forEach(q -> bySku.put(q.sku(), q));
                    return Optional.of(bySku);
                })
                .onErrorResume(e -> {
                    LOG.warn("pricing batch unavailable: answering list prices, degraded skus={} error={}",
                            skus.size(), e.toString());
                    return Mono.just(Optional.empty());
                });
    }
}
