package dev.priceflow.recommender.recommendation.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.recommender.recommendation.domain.Candidate;
import dev.priceflow.recommender.recommendation.domain.RecommendationQuery;
import dev.priceflow.recommender.recommendation.domain.RerankSettings;
import dev.priceflow.recommender.recommendation.domain.Reranker;
import dev.priceflow.recommender.recommendation.domain.ShopperHistory;
import dev.priceflow.recommender.recommendation.domain.Source;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

public class RecommendTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    public static Recommend recommend(FakePorts ports) {
        Reranker reranker = new Reranker(new RerankSettings(Map.of(Source.EMBEDDING, 1.0, Source.CO_PURCHASE, 1.0,
                Source.CO_VIEW, 0.5, Source.CONTENT, 0.4, Source.POPULAR, 0.2, Source.TRENDING, 0.3), 1.0, 0, 0.3));
        return new Recommend(ports, ports, ports, ports, ports, reranker, new PricedAnswer(ports, CLOCK),
                new RecommendSettings(20, 10, Duration.ofMillis(300), List.of("bags", "mugs", "toys")), CLOCK);
    }

    private final FakePorts ports = new FakePorts();

    @BeforeEach
    void catalogue() {
        ports.add("A", "bags", "2.00", 5);
        ports.add("B", "bags", "3.00", 5);
        ports.add("C", "mugs", "4.00", 5);
        ports.add("D", "toys", "5.00", 5);
        ports.popular.addAll(List.of(new Candidate("D", Source.POPULAR, 9, null),
                new Candidate("C", Source.POPULAR, 5, null)));
        ports.vectors.put("A", new float[] {1, 0});
        ports.vectors.put("B", new float[] {0.9f, 0.1f});
        ports.vectors.put("C", new float[] {0, 1});
    }

    private RecommendationQuery home(int limit) {
        return RecommendationQuery.of("home", limit, null, null, 10, 50);
    }

    @Test
    void coldShopperGetsPopularItemsWithPersonalPrices() {
        StepVerifier.create(recommend(ports).recommend("new", "Bearer t", home(2))).assertNext(r -> {
            assertThat(r.coldStart()).isTrue();
            assertThat(r.items()).extracting(Recommendations.Item::sku).containsExactly("D", "C");
            assertThat(r.items().get(0).reasons()).contains("popular with shoppers");
            assertThat(r.items().get(0).price()).isEqualByComparingTo("4.90");
            assertThat(r.priceDegraded()).isFalse();
        }).verifyComplete();
        assertThat(ports.lastAuthorization).isEqualTo("Bearer t");
    }

    @Test
    void historyDrivesEmbeddingAndCoPurchaseAndBoughtItemsAreExcluded() {
        ports.histories.put("alice", new ShopperHistory(List.of("A"), Set.of("A"), List.of()));
        ports.together.add(new Candidate("C", Source.CO_PURCHASE, 0.8, "A"));
        StepVerifier.create(recommend(ports).recommend("alice", "Bearer a", home(3))).assertNext(r -> {
            assertThat(r.coldStart()).isFalse();
            assertThat(r.items()).extracting(Recommendations.Item::sku).doesNotContain("A").contains("B", "C");
            assertThat(r.items()).filteredOn(i -> i.sku().equals("C")).first()
                    .satisfies(i -> assertThat(i.reasons()).contains("often bought together with name A"));
        }).verifyComplete();
    }

    @Test
    void pricingDownGivesListPricesMarkedDegradedAndIsNotCached() {
        ports.pricingDown = true;
        StepVerifier.create(recommend(ports).recommend("new", "Bearer t", home(2))).assertNext(r -> {
            assertThat(r.priceDegraded()).isTrue();
            assertThat(r.items()).allSatisfy(i -> {
                assertThat(i.priceDegraded()).isTrue();
                assertThat(i.price()).isEqualByComparingTo(i.listPrice());
                assertThat(i.quoteId()).isNull();
            });
        }).verifyComplete();
        assertThat(ports.cache).isEmpty();
    }

    @Test
    void aSecondRequestIsServedFromTheCacheWithoutPricing() {
        Recommend r = recommend(ports);
        r.recommend("new", "Bearer t", home(2)).block();
        r.recommend("new", "Bearer t", home(2)).block();
        assertThat(ports.pricingCalls).isEqualTo(1);
    }

    @Test
    void aNewPricingVersionMissesTheCacheAndPricesAgain() {
        Recommend r = recommend(ports);
        r.recommend("new", "Bearer t", home(2)).block();
        ports.pricingVersion = "2";
        r.recommend("new", "Bearer t", home(2)).block();
        r.recommend("new", "Bearer t", home(2)).block();
        assertThat(ports.pricingCalls).isEqualTo(2);
        assertThat(ports.cache.keySet()).containsExactlyInAnyOrder("new|v1|home|2||", "new|v2|home|2||");
    }

    @Test
    void anUnknownPricingVersionBypassesTheCache() {
        ports.pricingVersion = null;
        Recommend r = recommend(ports);
        StepVerifier.create(r.recommend("new", "Bearer t", home(2)))
                .assertNext(a -> assertThat(a.items()).isNotEmpty()).verifyComplete();
        r.recommend("new", "Bearer t", home(2)).block();
        assertThat(ports.pricingCalls).isEqualTo(2);
        assertThat(ports.cache).isEmpty();
    }

    private static Candidate rising(String sku, double momentum, String category) {
        return new Candidate(sku, Source.TRENDING, momentum, category);
    }

    @Test
    void coldShopperGetsTrendingAndPopularBlendedFromEveryConfiguredCategory() {
        ports.rising.put("toys", List.of(rising("D", 3, "toys")));
        ports.rising.put("bags", List.of(rising("A", 3, "bags")));
        StepVerifier.create(recommend(ports).recommend("new", "Bearer t", home(3))).assertNext(r -> {
            assertThat(r.coldStart()).isTrue();
            // D: popular 0.2 + trending 0.3; A: trending 0.3; C: popular 0.2 x 5/9
            assertThat(r.items()).extracting(Recommendations.Item::sku).containsExactly("D", "A", "C");
            assertThat(r.items().get(0).reasons())
                    .containsExactly("rising in toys this week", "popular with shoppers");
            assertThat(r.items().get(1).reasons()).containsExactly("rising in bags this week");
        }).verifyComplete();
        assertThat(ports.trendCalls).containsExactly(List.of("bags", "mugs", "toys"));
    }

    @Test
    void trendsAreReadForTheShoppersUsualCategoriesAndBlendWithTheOtherSources() {
        ports.histories.put("alice", new ShopperHistory(List.of("A"), Set.of(), List.of()));
        ports.rising.put("bags", List.of(rising("B", 7, "bags")));
        StepVerifier.create(recommend(ports).recommend("alice", "Bearer a", home(3))).assertNext(r -> {
            assertThat(r.coldStart()).isFalse();
            assertThat(r.items().get(0).sku()).isEqualTo("B");
            assertThat(r.items().get(0).reasons()).contains("matches your taste (items you viewed and bought)",
                    "rising in bags this week");
        }).verifyComplete();
        assertThat(ports.trendCalls).containsExactly(List.of("bags"));
    }

    @Test
    void theContextProductsCategoryOrTheFilterChoosesTheTrends() {
        ports.rising.put("mugs", List.of(rising("C", 2, "mugs")));
        recommend(ports).recommend("new", "Bearer t", RecommendationQuery.of("product:A", 3, null, null, 10, 50))
                .block();
        recommend(ports).recommend("new", "Bearer t", RecommendationQuery.of("home", 3, "mugs", null, 10, 50))
                .blockOptional().ifPresent(r -> assertThat(r.items()).extracting(Recommendations.Item::sku)
                        .containsExactly("C"));
        assertThat(ports.trendCalls).containsExactly(List.of("bags"), List.of("mugs"));
    }

    @Test
    void failingOrSlowTrendsContributeNothingAndNeverFailTheAnswer() {
        ports.rising.put("bags", List.of(rising("A", 3, "bags")));
        for (String mode : List.of("error", "hang")) {
            ports.trends = mode;
            ports.cache.clear();
            StepVerifier.create(recommend(ports).recommend("new", "Bearer t", home(3))).assertNext(r ->
                    assertThat(r.items()).extracting(Recommendations.Item::sku).containsExactly("D", "C"))
                    .verifyComplete();
        }
    }

    @Test
    void unknownContextSkuIsAnError() {
        StepVerifier.create(recommend(ports).recommend("new", "Bearer t",
                RecommendationQuery.of("product:NOPE", 2, null, null, 10, 50)))
                .expectError(UnknownContextSku.class).verify();
    }

    @Test
    void listPriceIsRoundedHalfEvenToTheMinorUnit() {
        assertThat(PricedAnswer.toMinorUnit(new BigDecimal("2.125"), "GBP")).isEqualTo(new BigDecimal("2.12"));
        assertThat(PricedAnswer.toMinorUnit(new BigDecimal("2.135"), "GBP")).isEqualTo(new BigDecimal("2.14"));
        assertThat(PricedAnswer.toMinorUnit(new BigDecimal("7"), "JPY")).isEqualTo(new BigDecimal("7"));
    }
}
