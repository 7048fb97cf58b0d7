package dev.priceflow.recommender.recommendation.adapter.elasticsearch;

import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClientRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Raw JSON access to the {@code products} index over HTTP (the cut-down ES build has no scripting; kNN, mget,
 * more_like_this and bulk work). Every call is bounded by {@code timeout}.
 */
public final class ProductIndex {

    public static final String INDEX = "products";
    public static final String EMBEDDING = "embedding";

    private final WebClient http;
    private final JsonMapper json;
    private final Duration timeout;

    public ProductIndex(WebClient http, JsonMapper json, Duration timeout) {
        this.http = http;
        this.json = json;
        this.timeout = timeout;
    }

    public JsonMapper json() {
        return json;
    }

    public Mono<JsonNode> post(String path, Object body) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body instanceof String s ? s : json.writeValueAsString(body))
                .retrieve().bodyToMono(String.class).timeout(timeout).map(json::readTree);
    }

    public Mono<JsonNode> put(String path, Object body) {
        return http.put().uri(path).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json.writeValueAsString(body))
                .retrieve().bodyToMono(String.class).timeout(timeout).map(json::readTree);
    }

    public Mono<JsonNode> get(String path) {
        return http.get().uri(path).retrieve().bodyToMono(String.class).timeout(timeout).map(json::readTree);
    }

    /** NDJSON bulk request; the answer lists per-item results. */
    public Mono<JsonNode> bulk(String ndjson, Duration bulkTimeout) {
        return http.post().uri("/_bulk").contentType(MediaType.parseMediaType("application/x-ndjson"))
                .httpRequest(r -> {
                    // the client's default response timeout is for searches; a bulk write may take longer
                    if (r.getNativeRequest() instanceof HttpClientRequest netty) {
                        netty.responseTimeout(bulkTimeout);
                    }
                })
                .bodyValue(ndjson).retrieve().bodyToMono(String.class).timeout(bulkTimeout).map(json::readTree);
    }
}
