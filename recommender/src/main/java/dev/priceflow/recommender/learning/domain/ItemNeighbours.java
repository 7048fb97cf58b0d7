package dev.priceflow.recommender.learning.domain;

import java.util.stream.IntStream;

/**
 * For each item, its {@code maxNeighbours} best neighbours by a normalised co-occurrence score, where two items
 * co-occur when the same user interacted with both. {@link Normalisation#COSINE} gives the classic item-kNN
 * baseline; {@link Normalisation#JACCARD} is the co-view/co-purchase score the service keeps online.
 */
public final class ItemNeighbours {

    /** How a co-occurrence count {@code n(i,j)} is scaled by the items' own counts. */
    public enum Normalisation {
        /** {@code n(i,j) / sqrt(n(i) n(j))}. */
        COSINE,
        /** {@code n(i,j) / (n(i) + n(j) - n(i,j))}. */
        JACCARD;

        public double score(int both, int ni, int nj) {
            if (both == 0) {
                return 0;
            }
            return this == COSINE ? both / Math.sqrt((double) ni * nj) : both / (double) (ni + nj - both);
        }
    }

    private final int[][] ids;
    private final float[][] scores;

    private ItemNeighbours(int[][] ids, float[][] scores) {
        this.ids = ids;
        this.scores = scores;
    }

    public static ItemNeighbours build(InteractionData data, Normalisation norm, int maxNeighbours) {
        int n = data.items();
        int[][] ids = new int[n][];
        float[][] scores = new float[n][];
        ThreadLocal<int[]> scratch = ThreadLocal.withInitial(() -> new int[n]);
        IntStream.range(0, n).parallel().forEach(i -> {
            int[] count = scratch.get();
            int[] touched = new int[n];
            int t = 0;
            for (int u : data.itemUsers(i)) {
                for (int j : data.userItems(u)) {
                    if (j != i && count[j]++ == 0) {
                        touched[t++] = j;
                    }
                }
            }
            TopK top = new TopK(maxNeighbours);
            int ni = data.itemUsers(i).length;
            for (int k = 0; k < t; k++) {
                int j = touched[k];
                top.offer(j, norm.score(count[j], ni, data.itemUsers(j).length));
                count[j] = 0;
            }
            ids[i] = top.ids();
            scores[i] = top.floatScores();
        });
        return new ItemNeighbours(ids, scores);
    }

    public int[] neighbours(int item) {
        return ids[item];
    }

    public float[] scores(int item) {
        return scores[item];
    }

    /** Adds, for every neighbour of each item the user has, that similarity to the neighbour's score. */
    public void scoreUser(int[] history, double[] out) {
        java.util.Arrays.fill(out, 0);
        for (int i : history) {
            for (int k = 0; k < ids[i].length; k++) {
                out[ids[i][k]] += scores[i][k];
            }
        }
    }
}
