package dev.priceflow.recommender.recommendation.application;

import dev.priceflow.recommender.recommendation.domain.Candidate;
import dev.priceflow.recommender.recommendation.domain.Product;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Retrieval: embedding kNN from the seeds' mean vector, co-purchase/co-view, content similarity, popularity and
 * trending (rising products of the relevant categories), in parallel. Each source is bounded by the source
 * timeout and skipped (logged, empty) when it fails: a slow source degrades the list, never the answer. Without
 * seeds only popularity and trending are asked (cold start).
 */
final class CandidateSources {

    private static final Logger LOG = LoggerFactory.getLogger(CandidateSources.class);

    private final Catalogue catalogue;
    private final ShopperSignals signals;
    private final TrendSignals trends;
    private final RecommendSettings settings;

    CandidateSources(Catalogue catalogue, ShopperSignals signals, TrendSignals trends, RecommendSettings settings) {
        this.catalogue = catalogue;
        this.signals = signals;
        this.trends = trends;
        this.settings = settings;
    }

    Mono<List<Candidate>> candidates(List<String> seeds, Map<String, Product> known, List<String> trendCategories) {
        int n = settings.candidatesPerSource();
        Set<String> categories = new LinkedHashSet<>();
        seeds.forEach(s -> {
            if (known.containsKey(s)) {
                categories.add(known.get(s).category());
            }
        });
        Mono<List<Candidate>> popular = guarded("popular", signals.popular(n));
        Mono<List<Candidate>> trending = trendCategories.isEmpty() ? Mono.just(List.of())
                : guarded("trending", trends.rising(trendCategories, n));
        if (seeds.isEmpty()) {
            return Mono.zip(popular, trending).map(t -> concat(t.getT1(), t.getT2()));
        }
        Mono<List<Candidate>> embedding = guarded("embedding", catalogue.vectors(seeds)
                .flatMap(v -> v.isEmpty() ? Mono.just(List.<Candidate>of()) : catalogue.nearest(mean(v), n)));
        Mono<List<Candidate>> together = guarded("co-occurrence", signals.coOccurring(seeds, n));
        Mono<List<Candidate>> content = guarded("content", catalogue.similar(seeds, categories, n));
        return Mono.zip(embedding, together, content, popular, trending)
                .map(t -> concat(t.getT1(), t.getT2(), t.getT3(), t.getT4(), t.getT5()));
    }

    @SafeVarargs
    private static List<Candidate> concat(List<Candidate>... lists) {
        List<Candidate> all = new ArrayList<>();
        for (List<Candidate> l : lists) {
            all.addAll(l);
        }
        return all;
    }

    private Mono<List<Candidate>> guarded(String source, Mono<List<Candidate>> call) {
        return call.timeout(settings.sourceTimeout()).onErrorResume(e -> skip(source, e, List.of()));
    }

    private static <T> Mono<T> skip(String source, Throwable e, T fallback) {
        LOG.warn("candidate source skipped source={} error={}", source, e.toString());
        return Mono.just(fallback);
    }

    static float[] mean(Map<String, float[]> vectors) {
        float[] sum = null;
        for (float[] v : vectors.values()) {
            if (sum == null) {
                sum = new float[v.length];
            }
            for (int k = 0; k < v.length && k < sum.length; k++) {
                sum[k] += v[k] / vectors.size();
            }
        }
        return sum;
    }
}
