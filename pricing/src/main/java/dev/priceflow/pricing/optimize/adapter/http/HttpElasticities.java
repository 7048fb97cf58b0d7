package dev.priceflow.pricing.optimize.adapter.http;

import dev.priceflow.pricing.optimize.application.OptimizerPorts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Elasticities from demand-forecast ({@code GET /api/v1/elasticities/{sku}}), cached in memory per SKU for
 * {@code ttl}. A quote never waits for demand-forecast: {@link #find} answers from the cache at once (empty
 * when unknown, so the category default applies) and, when the entry is missing or old, refreshes it in the
 * background — one call per SKU at a time, {@code timeout} each — with a client-credentials token of pricing's
 * own confidential client {@code priceflow-pricing} (realm role {@code forecast-reader}), cached until 30 s
 * before it expires. Failure policy: fail OPEN (a cache of estimates): errors and non-200 answers are cached as
 * "unknown" for 10 minutes (or the ttl when shorter) and the documented defaults apply. demand-forecast or
 * Keycloak being unavailable (a timeout, a connection error, 401/403, 5xx) is logged once when it starts and
 * once when it ends, not per SKU; a SKU without an estimate (404/422) is not an outage. Without a client
 * secret nothing is fetched (logged once at start).
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
    private final AtomicBoolean unavailable = new AtomicBoolean();

    public HttpElasticities(WebClient web, String tokenUri, String clientId, String secret, Duration ttl,
                            Duration timeout, Clock clock) {
        this.web = web;
        this.tokenUri = tokenUri;
        this.clientId = clientId;
        this.secret = secret;
        this.ttl = ttl;
        this.timeout = timeout;
        this.clock = clock;
        if (secret == null || secret.isBlank()) {
            log.atWarn().addKeyValue("clientId", clientId)
                    .log("no client secret for demand-forecast; every SKU uses the default elasticity");
        }
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
                .map(body -> {
                    if (unavailable.compareAndSet(true, false)) {
                        log.atInfo().log("demand-forecast elasticities available again");
                    }
                    return body.path("elasticity").isNumber()
                            ? Optional.of(body.path("elasticity").asDouble()) : Optional.<Double>empty();
                })
                .onErrorResume(e -> {
                    if (isOutage(e)) {
                        if (unavailable.compareAndSet(false, true)) {
                            log.atWarn().addKeyValue("error", describe(e)).log(
                                    "demand-forecast elasticities unavailable; default elasticities apply until it answers");
                        }
                    } else {
                        log.atDebug().addKeyValue("sku", sku).addKeyValue("error", describe(e))
                                .log("no elasticity estimate; the category default applies");
                    }
                    return Mono.just(Optional.empty());
                });
    }

    /** True once demand-forecast or Keycloak did not answer at all or refused us; false while all is well. */
    public boolean unavailable() {
        return unavailable.get();
    }

    private static boolean isOutage(Throwable e) {
        if (e instanceof WebClientResponseException response) {
            int status = response.getStatusCode().value();
            return status != 404 && status != 422;
        }
        return true;
    }

    private static String describe(Throwable e) {
        return e instanceof WebClientResponseException response ? "HTTP " + response.getStatusCode().value()
                : e.getClass().getSimpleName();
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
