package dev.priceflow.recommender.recommendation.adapter.elasticsearch;

import dev.priceflow.recommender.recommendation.application.Catalogue;
import dev.priceflow.recommender.recommendation.domain.Candidate;
import dev.priceflow.recommender.recommendation.domain.Product;
import dev.priceflow.recommender.recommendation.domain.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** {@link Catalogue} on the Elasticsearch {@code products} index (kNN on {@code embedding}). */
public final class EsCatalogue implements Catalogue {

    private static final Map<String, Object> NO_VECTOR = Map.of("excludes", List.of(ProductIndex.EMBEDDING));

    private final ProductIndex index;

    public EsCatalogue(ProductIndex index) {
        this.index = index;
    }

    @Override
    public Mono<Map<String, Product>> products(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Mono.just(new LinkedHashMap<>());
        }
        return index.post("/" + ProductIndex.INDEX + "/_mget?_source_excludes=" + ProductIndex.EMBEDDING,
                        Map.of("ids", List.copyOf(skus)))
                .map(body -> {
                    Map<String, Product> out = new LinkedHashMap<>();
                    for (JsonNode doc : body.path("docs")) {
                        if (doc.path("found").asBoolean(false)) {
                            Product p = product(doc.path("_source"));
                            out.put(p.sku(), p);
                        }
                    }
                    return out;
                });
    }

    @Override
    public Mono<Map<String, float[]>> vectors(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Mono.just(Map.of());
        }
        return index.post("/" + ProductIndex.INDEX + "/_mget?_source_includes=" + ProductIndex.EMBEDDING,
                Map.of("ids", List.copyOf(skus))).map(body -> {
                    Map<String, float[]> out = new LinkedHashMap<>();
                    for (JsonNode doc : body.path("docs")) {
                        JsonNode v = doc.path("_source").path(ProductIndex.EMBEDDING);
                        if (v.isArray() && !v.isEmpty()) {
                            float[] f = new float[v.size()];
                            for (int k = 0; k < f.length; k++) {
                                f[k] = (float) v.get(k).asDouble();
                            }
                            out.put(doc.path("_id").asString(), f);
                        }
                    }
                    return out;
                });
    }

    @Override
    public Mono<List<Candidate>> nearest(float[] vector, int k) {
        Map<String, Object> knn = Map.of("field", ProductIndex.EMBEDDING, "query_vector", vector, "k", k,
                "num_candidates", Math.max(100, 2 * k),
                "filter", Map.of("range", Map.of("stock", Map.of("gt", 0))));
        return search(Map.of("knn", knn, "size", k, "_source", NO_VECTOR), Source.EMBEDDING, null);
    }

    @Override
    public Mono<List<Candidate>> similar(List<String> seeds, Collection<String> categories, int k) {
        List<Map<String, Object>> like = seeds.stream()
                .map(s -> Map.<String, Object>of("_index", ProductIndex.INDEX, "_id", s)).toList();
        List<Object> should = new ArrayList<>();
        should.add(Map.of("more_like_this", Map.of("fields", List.of("name"), "like", like, "min_term_freq", 1,
                "min_doc_freq", 1, "boost", 2.0)));
        if (!categories.isEmpty()) {
            should.add(Map.of("terms", Map.of("category", List.copyOf(categories), "boost", 0.5)));
        }
        Map<String, Object> query = Map.of("bool", Map.of("should", should, "minimum_should_match", 1,
                "filter", List.of(Map.of("range", Map.of("stock", Map.of("gt", 0)))),
                "must_not", List.of(Map.of("ids", Map.of("values", seeds)))));
        return search(Map.of("query", query, "size", k, "_source", NO_VECTOR), Source.CONTENT, seeds.get(0));
    }

    @Override
    public Mono<List<Product>> search(String text, String category, BigDecimal maxPrice, int limit) {
        List<Object> filter = new ArrayList<>();
        if (category != null) {
            filter.add(Map.of("term", Map.of("category", category)));
        }
        if (maxPrice != null) {
            filter.add(Map.of("range", Map.of("listPrice", Map.of("lte", maxPrice))));
        }
        Object must = text == null || text.isBlank() ? Map.of("match_all", Map.of())
                : Map.of("match", Map.of("name", Map.of("query", text, "operator", "and", "fuzziness", "AUTO")));
        Map<String, Object> query = Map.of("bool", Map.of("must", List.of(must), "filter", filter));
        return index.post("/" + ProductIndex.INDEX + "/_search", Map.of("query", query, "size", limit,
                "_source", NO_VECTOR)).map(body -> {
                    List<Product> out = new ArrayList<>();
                    body.path("hits").path("hits").forEach(hit -> out.add(product(hit.path("_source"))));
                    return out;
                });
    }

    private Mono<List<Candidate>> search(Map<String, Object> request, Source source, String becauseOf) {
        return index.post("/" + ProductIndex.INDEX + "/_search", request).map(body -> {
            List<Candidate> out = new ArrayList<>();
            for (JsonNode hit : body.path("hits").path("hits")) {
                out.add(new Candidate(hit.path("_id").asString(), source, hit.path("_score").asDouble(0),
                        becauseOf));
            }
            return out;
        });
    }

    static Product product(JsonNode s) {
        JsonNode price = s.path("listPrice");
        BigDecimal listPrice = price.isMissingNode() || price.isNull() ? null : new BigDecimal(price.asString());
        return new Product(s.path("sku").asString(), s.path("name").asString(""), s.path("category").asString(""),
                listPrice, s.path("currency").asString("GBP"), s.path("stock").asInt(0));
    }
}
