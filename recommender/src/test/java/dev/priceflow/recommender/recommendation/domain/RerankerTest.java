package dev.priceflow.recommender.recommendation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RerankerTest {

    static final Map<Source, Double> WEIGHTS = Map.of(Source.EMBEDDING, 1.0, Source.CO_PURCHASE, 1.0,
            Source.CO_VIEW, 0.5, Source.CONTENT, 0.4, Source.POPULAR, 0.1);

    static Product product(String sku, String category, String price, int stock) {
        return new Product(sku, "name " + sku, category, new BigDecimal(price), "GBP", stock);
    }

    private final Map<String, Product> products = new HashMap<>();

    private Reranker.Request request(List<Candidate> candidates, Set<String> exclude, int limit) {
        return new Reranker.Request(candidates, products, exclude, PriceBand.of(List.of()), limit, null, null,
                new Random(1));
    }

    @Test
    void dropsOutOfStockBoughtAndExcludedItemsAndBlendsSources() {
        products.put("A", product("A", "bags", "2.00", 5));
        products.put("B", product("B", "bags", "2.00", 0));
        products.put("C", product("C", "mugs", "2.00", 5));
        products.put("D", product("D", "toys", "2.00", 5));
        products.put("SEED", product("SEED", "mugs", "2.00", 5));
        List<Candidate> c = List.of(new Candidate("A", Source.EMBEDDING, 0.5, null),
                new Candidate("B", Source.EMBEDDING, 1.0, null),
                new Candidate("C", Source.CO_PURCHASE, 3, "SEED"), new Candidate("C", Source.EMBEDDING, 0.2, null),
                new Candidate("D", Source.POPULAR, 10, null), new Candidate("X", Source.POPULAR, 9, null));
        List<Ranked> out = new Reranker(new RerankSettings(WEIGHTS, 1.0, 0, 0)).rank(request(c, Set.of("D"), 10));
        assertThat(out).extracting(r -> r.product().sku()).containsExactly("C", "A");
        assertThat(out.get(0).reasons()).contains("often bought together with name SEED");
        assertThat(out.get(0).score()).isEqualTo(1.0 + 0.2);
    }

    @Test
    void capsCategoriesAndReservesAnExplorationSlot() {
        List<Candidate> c = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            products.put("B" + i, product("B" + i, "bags", "2.00", 5));
            c.add(new Candidate("B" + i, Source.EMBEDDING, 10 - i, null));
        }
        products.put("T1", product("T1", "toys", "2.00", 5));
        products.put("M1", product("M1", "mugs", "2.00", 5));
        c.add(new Candidate("T1", Source.POPULAR, 1, null));
        c.add(new Candidate("M1", Source.POPULAR, 0.5, null));
        List<Ranked> out = new Reranker(new RerankSettings(WEIGHTS, 0.5, 0.2, 0)).rank(request(c, Set.of(), 5));
        assertThat(out).hasSize(5);
        long bags = out.stream().filter(r -> r.product().category().equals("bags")).count();
        assertThat(bags).isLessThanOrEqualTo(3);
        assertThat(out).anySatisfy(r -> assertThat(r.reasons()).contains("something different to explore"));
    }

    @Test
    void priceBandFavoursTheShoppersUsualPricesAndFiltersApply() {
        products.put("CHEAP", product("CHEAP", "bags", "2.00", 5));
        products.put("DEAR", product("DEAR", "mugs", "200.00", 5));
        List<Candidate> c = List.of(new Candidate("DEAR", Source.EMBEDDING, 1.0, null),
                new Candidate("CHEAP", Source.EMBEDDING, 0.9, null));
        PriceBand band = PriceBand.of(List.of(new BigDecimal("1.50"), new BigDecimal("2.50")));
        Reranker reranker = new Reranker(new RerankSettings(WEIGHTS, 1.0, 0, 0.5));
        List<Ranked> out = reranker.rank(new Reranker.Request(c, products, Set.of(), band, 2, null, null,
                new Random(1)));
        assertThat(out).extracting(r -> r.product().sku()).containsExactly("CHEAP", "DEAR");
        assertThat(out.get(0).reasons()).contains("in your usual price range");
        List<Ranked> filtered = reranker.rank(new Reranker.Request(c, products, Set.of(), band, 2, "mugs",
                new BigDecimal("100"), new Random(1)));
        assertThat(filtered).isEmpty();
    }

    @Test
    void neverReturnsMoreThanTheLimitNorDuplicates() {
        Random random = new Random(11);
        for (int trial = 0; trial < 2000; trial++) {
            products.clear();
            List<Candidate> c = new ArrayList<>();
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) {
                String sku = "S" + random.nextInt(20);
                products.put(sku, product(sku, "c" + random.nextInt(4), "1." + random.nextInt(99), random.nextInt(3)));
                c.add(new Candidate(sku, Source.values()[random.nextInt(5)], random.nextDouble(), null));
            }
            int limit = 1 + random.nextInt(10);
            List<Ranked> out = new Reranker(new RerankSettings(WEIGHTS, 0.05 + random.nextDouble() * 0.95,
                    random.nextDouble() * 0.5, random.nextDouble())).rank(request(c, Set.of("S1"), limit));
            List<String> skus = out.stream().map(r -> r.product().sku()).toList();
            assertThat(skus).as("trial %d", trial).hasSizeLessThanOrEqualTo(limit).doesNotHaveDuplicates()
                    .doesNotContain("S1");
            assertThat(out).as("trial %d", trial).allSatisfy(r -> assertThat(r.product().stock()).isPositive());
        }
    }
}
