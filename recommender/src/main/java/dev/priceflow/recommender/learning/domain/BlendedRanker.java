package dev.priceflow.recommender.learning.domain;

/**
 * The offline form of the service's ranker: ALS embedding score, co-occurrence (Jaccard neighbours) and
 * popularity, each min-max scaled per user so no source dominates by units, then mixed by {@link BlendWeights}.
 */
public final class BlendedRanker {

    private final InteractionData train;
    private final FactorModel als;
    private final ItemNeighbours coOccurrence;
    private final Popularity popularity;
    private final BlendWeights weights;

    public BlendedRanker(InteractionData train, FactorModel als, ItemNeighbours coOccurrence, Popularity popularity,
                         BlendWeights weights) {
        this.train = train;
        this.als = als;
        this.coOccurrence = coOccurrence;
        this.popularity = popularity;
        this.weights = weights;
    }

    public void score(int user, double[] out) {
        int n = out.length;
        double[] tmp = new double[n];
        java.util.Arrays.fill(out, 0);
        if (weights.embedding() > 0) {
            als.scoreUser(user, tmp);
            addScaled(tmp, weights.embedding(), out);
        }
        if (weights.coOccurrence() > 0) {
            coOccurrence.scoreUser(train.userItems(user), tmp);
            addScaled(tmp, weights.coOccurrence(), out);
        }
        if (weights.popularity() > 0) {
            popularity.score(tmp);
            addScaled(tmp, weights.popularity(), out);
        }
    }

    /** Adds {@code w * (x - min) / (max - min)}; a constant source adds nothing. */
    static void addScaled(double[] x, double w, double[] out) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (!(max > min)) {
            return;
        }
        double range = max - min;
        for (int i = 0; i < x.length; i++) {
            out[i] += w * (x[i] - min) / range;
        }
    }
}
