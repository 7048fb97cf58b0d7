package dev.priceflow.recommender.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    // ranked: 1 2 3 4 5, relevant {1, 3, 9}: hits at ranks 1 and 3
    private final int[] ranked = {1, 2, 3, 4, 5};
    private final Set<Integer> relevant = Set.of(1, 3, 9);

    @Test
    void precisionAndRecallCountHitsInTheTopK() {
        assertThat(RankingMetrics.precision(ranked, relevant, 5)).isEqualTo(0.4);
        assertThat(RankingMetrics.recall(ranked, relevant, 5)).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(RankingMetrics.precision(ranked, relevant, 2)).isEqualTo(0.5);
    }

    @Test
    void ndcgMatchesTheHandComputedValue() {
        // DCG = 1/log2(2) + 1/log2(4) = 1.5; IDCG (3 relevant, k=5) = 1 + 1/log2(3) + 1/log2(4) = 2.1309298
        double idcg = 1 + 1 / (Math.log(3) / Math.log(2)) + 0.5;
        assertThat(RankingMetrics.ndcg(ranked, relevant, 5)).isCloseTo(1.5 / idcg, within(1e-12));
        assertThat(RankingMetrics.ndcg(ranked, relevant, 5)).isCloseTo(0.703918, within(1e-6));
    }

    @Test
    void averagePrecisionMatchesTheHandComputedValue() {
        // precision at hits: 1/1 and 2/3; divided by min(3, 5) = 3 -> (1 + 0.6667) / 3 = 0.5556
        assertThat(RankingMetrics.averagePrecision(ranked, relevant, 5)).isCloseTo((1 + 2 / 3.0) / 3,
                within(1e-12));
        // k = 2: only the first hit counts, divided by min(3, 2) = 2
        assertThat(RankingMetrics.averagePrecision(ranked, relevant, 2)).isEqualTo(0.5);
    }

    @Test
    void aPerfectRankingScoresOneAndAMissScoresZero() {
        assertThat(RankingMetrics.ndcg(new int[] {9, 3, 1}, relevant, 3)).isCloseTo(1.0, within(1e-12));
        assertThat(RankingMetrics.averagePrecision(new int[] {9, 3, 1}, relevant, 3)).isCloseTo(1.0, within(1e-12));
        assertThat(RankingMetrics.ndcg(new int[] {7, 8}, relevant, 2)).isZero();
        assertThat(RankingMetrics.recall(new int[] {7, 8}, Set.of(), 2)).isZero();
    }
}
