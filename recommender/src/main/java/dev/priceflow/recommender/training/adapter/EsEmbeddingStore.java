package dev.priceflow.recommender.training.adapter;

import dev.priceflow.recommender.recommendation.adapter.elasticsearch.ProductIndex;
import dev.priceflow.recommender.training.application.EmbeddingStore;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The {@code embedding} dense_vector (cosine, indexed for kNN) on the products index: PUT into the mapping when
 * missing, bulk partial updates for vectors. Unknown SKUs fail per item in the bulk and are not counted.
 */
final class EsEmbeddingStore implements EmbeddingStore {

    private final ProductIndex index;
    private final Duration bulkTimeout;

    EsEmbeddingStore(ProductIndex index, Duration bulkTimeout) {
        this.index = index;
        this.bulkTimeout = bulkTimeout;
    }

    @Override
    public boolean ensureMapping(int dims) {
        JsonNode mapping = index.get("/" + ProductIndex.INDEX + "/_mapping").block();
        JsonNode field = mapping.path(ProductIndex.INDEX).path("mappings").path("properties")
                .path(ProductIndex.EMBEDDING);
        if (!field.isMissingNode()) {
            return "dense_vector".equals(field.path("type").asString()) && field.path("dims").asInt() == dims;
        }
        index.put("/" + ProductIndex.INDEX + "/_mapping", Map.of("properties", Map.of(ProductIndex.EMBEDDING,
                Map.of("type", "dense_vector", "dims", dims, "index", true, "similarity", "cosine")))).block();
        return true;
    }

    @Override
    public int write(Map<String, float[]> vectors) {
        StringBuilder nd = new StringBuilder();
        int written = 0;
        int batch = 0;
        for (Map.Entry<String, float[]> e : vectors.entrySet()) {
            nd.append(index.json().writeValueAsString(Map.of("update", Map.of("_index", ProductIndex.INDEX,
                    "_id", e.getKey())))).append('\n');
            nd.append(index.json().writeValueAsString(Map.of("doc", Map.of(ProductIndex.EMBEDDING, e.getValue()))))
                    .append('\n');
            if (++batch == 500) {
                written += send(nd);
                nd.setLength(0);
                batch = 0;
            }
        }
        if (batch > 0) {
            written += send(nd);
        }
        return written;
    }

    private int send(StringBuilder nd) {
        JsonNode answer = index.bulk(nd.toString(), bulkTimeout).block();
        int ok = 0;
        for (JsonNode item : answer.path("items")) {
            int status = item.path("update").path("status").asInt(500);
            if (status >= 200 && status < 300) {
                ok++;
            }
        }
        return ok;
    }
}
