package dev.priceflow.recommender.recommendation.application;

import dev.priceflow.recommender.recommendation.domain.Candidate;
import dev.priceflow.recommender.recommendation.domain.Product;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/** The product catalogue with its embeddings (Elasticsearch). */
public interface Catalogue {

    /** Known products among {@code skus}; unknown SKUs are absent from the map. */
    Mono<Map<String, Product>> products(Collection<String> skus);

    /** Embedding vectors of those {@code skus} that have one. */
    Mono<Map<String, float[]>> vectors(Collection<String> skus);

    /** kNN over embeddings: the {@code k} in-stock products nearest to {@code vector}. */
    Mono<List<Candidate>> nearest(float[] vector, int k);

    /** Content similarity: products like {@code seeds} by name, or of the same categories. */
    Mono<List<Candidate>> similar(List<String> seeds, Collection<String> categories, int k);

    /** Full-text search with optional filters, best match first. */
    Mono<List<Product>> search(String query, String category, BigDecimal maxPrice, int limit);
}
