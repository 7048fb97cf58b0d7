package dev.priceflow.infra.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Indexes the demo catalogue into Elasticsearch with {@code _bulk} (doc id = sku, so a reload overwrites). The
 * index and its mapping belong to the stack scripts (infra/stack/elasticsearch/products.json): a missing index is
 * an error, not something to auto-create with a guessed mapping. Unit cost is not indexed.
 */
final class ElasticsearchCatalogue {

    static final String INDEX = "products";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final String index;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    ElasticsearchCatalogue(URI base, String index) {
        this.base = base;
        this.index = index;
    }

    /** Bulk-indexes every product and refreshes; returns the index's document count afterwards. */
    long index(List<ProductRow> products) throws IOException, InterruptedException {
        HttpResponse<String> exists = send(HttpRequest.newBuilder(uri("/" + index)).method("HEAD",
                HttpRequest.BodyPublishers.noBody()));
        if (exists.statusCode() == 404) {
            throw new IllegalStateException("Elasticsearch index '" + index + "' does not exist at " + base
                    + " — start the stack with ./priceflow up --servers-only (it creates the index)");
        }
        StringBuilder body = new StringBuilder();
        for (ProductRow p : products) {
            body.append(JSON.writeValueAsString(Map.of("index", Map.of("_index", index, "_id", p.sku()))))
                    .append('\n').append(JSON.writeValueAsString(document(p))).append('\n');
        }
        HttpResponse<String> bulk = send(HttpRequest.newBuilder(uri("/_bulk"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        JsonNode result = ok("_bulk", bulk);
        if (result.path("errors").asBoolean(true)) {
            throw new IllegalStateException("Elasticsearch _bulk reported errors: " + firstErrors(result));
        }
        ok("_refresh", send(HttpRequest.newBuilder(uri("/" + index + "/_refresh"))
                .POST(HttpRequest.BodyPublishers.noBody())));
        return ok("_count", send(HttpRequest.newBuilder(uri("/" + index + "/_count")).GET()))
                .path("count").asLong();
    }

    /** Money as a decimal string, as everywhere on the wire; the scaled_float field accepts it. */
    static Map<String, Object> document(ProductRow p) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("sku", p.sku());
        doc.put("name", p.name());
        doc.put("category", p.category());
        doc.put("listPrice", p.listPrice().toPlainString());
        doc.put("currency", p.currency());
        doc.put("stock", p.stock());
        return doc;
    }

    private static List<String> firstErrors(JsonNode result) {
        List<String> errors = new ArrayList<>();
        for (JsonNode item : result.path("items")) {
            JsonNode error = item.path("index").path("error");
            if (!error.isMissingNode() && errors.size() < 3) {
                errors.add(item.path("index").path("_id").asString() + ": " + error.path("type").asString()
                        + " " + error.path("reason").asString());
            }
        }
        return errors;
    }

    private JsonNode ok(String what, HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Elasticsearch " + what + " answered HTTP " + response.statusCode()
                    + ": " + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        try {
            return http.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IOException("Elasticsearch at " + base + " failed: " + e
                    + " — start the stack with ./priceflow up --servers-only", e);
        }
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/+$", "") + path);
    }
}
