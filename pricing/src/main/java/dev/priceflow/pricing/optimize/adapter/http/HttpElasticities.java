package dev.priceflow.pricing.optimize.adapter.http;

import dev.priceflow.pricing.optimize.application.OptimizerPorts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Elasticities from demand-forecast ({@code GET /api/v1/elasticities/{sku}}), cached in memory per SKU for
 * {@code ttl}. A quote never waits for demand-forecast: {@link #find} answers from the cache at once (empty
 * when unknown, so the category default applies) and, when the entry is missing or old, refreshes it in the
 * background — one call per SKU at a time, {@code timeout} each (also for the client-credentials token of the
 * {@code priceflow-gateway} client). Errors and non-200 answers are cached as "unknown" for 10 minutes (or the ttl when shorter).
 * Without a client secret nothing is fetched.
 */
public class HttpElasticities implements OptimizerPorts.Elasticities {

    private static final Logger log = LoggerFactory.getLogger(HttpElasticities.class);
    /** "Unknown" (an error, 403, 404, 422) is asked again after this, or the ttl when shorter. */
    private static final Duration UNKNOWN_TTL = Duration.ofMinutes(10);

    private record Entry(Optional<Double> value, Instant fetchedAt) {
    }

    private record Token(String value, Instant expiresAt) {
    }

    private final WebClient web;
    private final String tokenUri;
    private final String clientId;
    private final String secret;
    private final Duration ttl;
    private final Duration timeout;
    private final Clock clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private volatile Token token;

    public HttpElasticities(WebClient web, String tokenUri, String clientId, String secret, Duration ttl,
                            Duration timeout, Clock clock) {
        this.web = web;
        this.tokenUri = tokenUri;
        this.clientId = clientId;
        this.secret = secret;
        this.ttl = ttl;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public Mono<Double> find(String sku) {
        Entry entry = cache.get(sku);
        Duration keep = entry != null && entry.value().isEmpty() ? UNKNOWN_TTL.compareTo(ttl) < 0 ? UNKNOWN_TTL : ttl
                : ttl;
        if ((entry == null || entry.fetchedAt().plus(keep).isBefore(clock.instant())) && secret != null
                && !secret.isBlank() && inFlight.add(sku)) {
            fetch(sku).doFinally(s -> inFlight.remove(sku))
                    .subscribe(value -> cache.put(sku, new Entry(value, clock.instant())));
        }
        return entry == null ? Mono.empty() : Mono.justOrEmpty(entry.value());
    }

    private Mono<Optional<Double>> fetch(String sku) {
        return token().flatMap(bearer -> web.get().uri("/api/v1/elasticities/{sku}", sku)
                        .headers(h -> h.setBearerAuth(bearer)).accept(MediaType.APPLICATION_JSON)
                        .retrieve().bodyToMono(JsonNode.class).timeout(timeout))
                .map(body -> body.path("elasticity").isNumber()
                        ? Optional.of(body.path("elasticity").asDouble()) : Optional.<Double>empty())
                .onErrorResume(e -> {
                    log.atDebug().addKeyValue("sku", sku).addKeyValue("error", e.getClass().getSimpleName())
                            .log("elasticity unavailable; the category default applies");
                    return Mono.just(Optional.empty());
                });
    }

    private Mono<String> token() {
        Token current = token;
        if (current != null && current.expiresAt().isAfter(clock.instant())) {
            return Mono.just(current.value());
        }
        return web.post().uri(tokenUri).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials").with("client_id", clientId)
                        .with("client_secret", secret))
                .retrieve().bodyToMono(JsonNode.class).timeout(timeout)
                .map(body -> {
                    Token fresh = new Token(body.path("access_token").asString(),
                            clock.instant().plusSeconds(Math.max(0, body.path("expires_in").asLong(60) - 30)));
                    token = fresh;
                    return fresh.value();
                });
    }
}
