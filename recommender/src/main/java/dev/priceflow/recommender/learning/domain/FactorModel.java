package dev.priceflow.recommender.learning.domain;

/** Trained user and item factors; a user's score for an item is the dot product of their factors. */
public record FactorModel(double[][] userFactors, double[][] itemFactors) {

    public void scoreUser(int user, double[] out) {
        double[] u = userFactors[user];
        for (int i = 0; i < itemFactors.length; i++) {
            out[i] = dot(u, itemFactors[i]);
        }
    }

    /** Item vector scaled to unit length (zero stays zero), as stored for cosine kNN. */
    public float[] unitItemVector(int item) {
        double[] v = itemFactors[item];
        double norm = Math.sqrt(dot(v, v));
        float[] out = new float[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = norm == 0 ? 0f : (float) (v[k] / norm);
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}
