package dev.priceflow.recommender.recommendation.application;

import dev.priceflow.contracts.api.PriceQuote;
import dev.priceflow.recommender.recommendation.domain.Candidate;
import dev.priceflow.recommender.recommendation.domain.Product;
import dev.priceflow.recommender.recommendation.domain.ShopperHistory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** In-memory ports for use-case and web tests. */
public class FakePorts implements Catalogue, ShopperSignals, TrendSignals, Prices, AnswerCache, PricingVersion {

    public final Map<String, Product> products = new LinkedHashMap<>();
    public final Map<String, float[]> vectors = new HashMap<>();
    public final Map<String, ShopperHistory> histories = new HashMap<>();
    public final List<Candidate> popular = new ArrayList<>();
    public final List<Candidate> together = new ArrayList<>();
    public final Map<String, Recommendations> cache = new HashMap<>();
    /** category -> rising candidates (source TRENDING, becauseOf = category). */
    public final Map<String, List<Candidate>> rising = new HashMap<>();
    public final List<List<String>> trendCalls = new ArrayList<>();
    /** {@code "error"}: the trend read fails; {@code "hang"}: it never answers; else it answers. */
    public String trends = "up";
    public boolean pricingDown;
    /** Pricing's current version; null: unknown (the answer cache is bypassed). */
    public String pricingVersion = "1";
    public int pricingCalls;
    public String lastAuthorization;

    public Product add(String sku, String category, String price, int stock) {
        Product p = new Product(sku, "name " + sku, category, new BigDecimal(price), "GBP", stock);
        products.put(sku, p);
        return p;
    }

    @Override
    public Mono<Map<String, Product>> products(Collection<String> skus) {
        Map<String, Product> out = new LinkedHashMap<>();
        skus.forEach(s -> {
            if (products.containsKey(s)) {
                out.put(s, products.get(s));
            }
        });
        return Mono.just(out);
    }

    @Override
    public Mono<Map<String, float[]>> vectors(Collection<String> skus) {
        Map<String, float[]> out = new HashMap<>();
        skus.forEach(s -> {
            if (vectors.containsKey(s)) {
                out.put(s, vectors.get(s));
            }
        });
        return Mono.just(out);
    }

    @Override
    public Mono<List<Candidate>> nearest(float[] vector, int k) {
        List<Candidate> out = new ArrayList<>();
        vectors.forEach((sku, v) -> {
            double dot = 0;
            for (int i = 0; i < v.length; i++) {
                dot += v[i] * vector[i];
            }
            out.add(new Candidate(sku, dev.priceflow.recommender.recommendation.domain.Source.EMBEDDING,
                    (1 + dot) / 2, null));
        });
        return Mono.just(out);
    }

    @Override
    public Mono<List<Candidate>> similar(List<String> seeds, Collection<String> categories, int k) {
        return Mono.just(List.of());
    }

    @Override
    public Mono<List<Product>> search(String query, String category, BigDecimal maxPrice, int limit) {
        return Mono.just(products.values().stream().filter(p -> query == null || p.name().contains(query))
                .limit(limit).toList());
    }

    @Override
    public Mono<ShopperHistory> history(String userId) {
        return Mono.just(histories.getOrDefault(userId, ShopperHistory.empty()));
    }

    @Override
    public Mono<List<Candidate>> coOccurring(List<String> seeds, int perSeed) {
        return Mono.just(together.stream().filter(c -> seeds.contains(c.becauseOf())).toList());
    }

    @Override
    public Mono<List<Candidate>> popular(int n) {
        return Mono.just(List.copyOf(popular));
    }

    @Override
    public Mono<List<Candidate>> rising(List<String> categories, int n) {
        trendCalls.add(List.copyOf(categories));
        return switch (trends) {
            case "error" -> Mono.error(new IllegalStateException("redis down"));
            case "hang" -> Mono.never();
            default -> Mono.just(categories.stream().flatMap(c -> rising.getOrDefault(c, List.of()).stream())
                    .limit(n).toList());
        };
    }

    @Override
    public Mono<Optional<Map<String, PriceQuote>>> quotes(List<String> skus, String authorization) {
        pricingCalls++;
        lastAuthorization = authorization;
        if (pricingDown) {
            return Mono.just(Optional.empty());
        }
        Map<String, PriceQuote> out = new LinkedHashMap<>();
        for (String sku : skus) {
            Product p = products.get(sku);
            BigDecimal price = p.listPrice().subtract(new BigDecimal("0.10"));
            out.put(sku, new PriceQuote(sku, "GBP", p.listPrice(), price, true, List.of(),
                    List.of(new PriceQuote.ExplanationStep("loyalty", "10p off", price)), UUID.randomUUID(),
                    Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:05:00Z"), "1", "sig"));
        }
        return Mono.just(Optional.of(out));
    }

    @Override
    public Optional<String> current() {
        return Optional.ofNullable(pricingVersion);
    }

    @Override
    public Mono<Recommendations> get(String userId, String field) {
        return Mono.justOrEmpty(cache.get(userId + "|" + field));
    }

    @Override
    public Mono<Void> put(String userId, String field, Recommendations answer) {
        if (!answer.priceDegraded()) {
            cache.put(userId + "|" + field, answer);
        }
        return Mono.empty();
    }
}
