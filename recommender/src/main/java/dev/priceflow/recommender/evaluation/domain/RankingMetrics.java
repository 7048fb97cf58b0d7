package dev.priceflow.recommender.evaluation.domain;

import java.util.Set;

/**
 * Top-k metrics for one user with binary relevance ({@code relevant} = the held-out items).
 * nDCG uses gain 1 and discount {@code 1/log2(rank+1)}, ideal DCG over {@code min(|relevant|, k)} hits;
 * AP@k divides the sum of precision at each hit by {@code min(|relevant|, k)}.
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    public static double precision(int[] ranked, Set<Integer> relevant, int k) {
        return hits(ranked, relevant, k) / (double) k;
    }

    public static double recall(int[] ranked, Set<Integer> relevant, int k) {
        return relevant.isEmpty() ? 0 : hits(ranked, relevant, k) / (double) relevant.size();
    }

    public static double ndcg(int[] ranked, Set<Integer> relevant, int k) {
        double dcg = 0;
        for (int r = 0; r < Math.min(k, ranked.length); r++) {
            if (relevant.contains(ranked[r])) {
                dcg += 1 / log2(r + 2);
            }
        }
        double ideal = 0;
        for (int r = 0; r < Math.min(k, relevant.size()); r++) {
            ideal += 1 / log2(r + 2);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    public static double averagePrecision(int[] ranked, Set<Integer> relevant, int k) {
        double sum = 0;
        int hits = 0;
        for (int r = 0; r < Math.min(k, ranked.length); r++) {
            if (relevant.contains(ranked[r])) {
                hits++;
                sum += hits / (double) (r + 1);
            }
        }
        int denominator = Math.min(relevant.size(), k);
        return denominator == 0 ? 0 : sum / denominator;
    }

    private static int hits(int[] ranked, Set<Integer> relevant, int k) {
        int hits = 0;
        for (int r = 0; r < Math.min(k, ranked.length); r++) {
            if (relevant.contains(ranked[r])) {
                hits++;
            }
        }
        return hits;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
