package dev.priceflow.profile.adapter.catalogue;

import dev.priceflow.profile.ProfileProperties;
import dev.priceflow.profile.application.Catalogue;
import dev.priceflow.profile.domain.ProductFacts;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Category and list price from the catalogue index in Elasticsearch (document id = SKU, fields {@code category}
 * and {@code listPrice}) with one {@code _mget} per event for the SKUs not cached; answers are cached for
 * {@code catalogue.cache-ttl}. Timeout {@code catalogue.timeout}; an unreachable or failing catalogue throws a
 * retryable {@link DataAccessResourceFailureException} (the event waits rather than counting without facts).
 */
@Component
class ElasticsearchCatalogue implements Catalogue {

    private final HttpClient http;
    private final ProfileProperties.CatalogueSettings settings;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    ElasticsearchCatalogue(ProfileProperties properties, JsonMapper json, Clock clock) {
        this.settings = properties.catalogue();
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Map<String, ProductFacts> facts(Collection<String> skus) {
        Instant now = clock.instant();
        Map<String, ProductFacts> out = new LinkedHashMap<>();
        List<String> missing = skus.stream().distinct().filter(sku -> {
            Cached c = cache.get(sku);
            if (c != null && now.isBefore(c.until())) {
                out.put(sku, c.facts());
                return false;
            }
            return true;
        }).toList();
        if (!missing.isEmpty()) {
            fetch(missing).forEach((sku, facts) -> {
                cache.put(sku, new Cached(facts, now.plus(settings.cacheTtl())));
                out.put(sku, facts);
            });
        }
        return out;
    }

    private Map<String, ProductFacts> fetch(List<String> skus) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url() + "/" + settings.index() + "/_mget"))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("ids", skus))))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("catalogue unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataAccessResourceFailureException("interrupted while reading the catalogue", e);
        }
        if (response.statusCode() != 200) {
            throw new DataAccessResourceFailureException("catalogue answered HTTP " + response.statusCode());
        }
        Map<String, ProductFacts> out = new LinkedHashMap<>();
        skus.forEach(sku -> out.put(sku, ProductFacts.unknown(sku)));
        for (JsonNode doc : json.readTree(response.body()).path("docs")) {
            JsonNode source = doc.path("_source");
            if (doc.path("found").asBoolean(false) && source.hasNonNull("category")) {
                String sku = doc.path("_id").asString();
                String list = source.path("listPrice").asString("");
                out.put(sku, new ProductFacts(sku, source.path("category").asString(),
                        list.isBlank() ? null : new BigDecimal(list)));
            }
        }
        return out;
    }

    private record Cached(ProductFacts facts, Instant until) {
    }
}
