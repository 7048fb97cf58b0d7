package dev.priceflow.recommender.learning.domain;

/** Items scored by how many distinct users interacted with them: the baseline every model must beat. */
public record Popularity(double[] counts) {

    public static Popularity of(InteractionData data) {
        double[] counts = new double[data.items()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = data.itemUsers(i).length;
        }
        return new Popularity(counts);
    }

    public void score(double[] out) {
        System.arraycopy(counts, 0, out, 0, counts.length);
    }
}
